import { describe, expect, it } from 'vitest';
import { cpuCheckMs, describeMachine, machineState } from '../../scripts/lib/machine.ts';

describe('machine note of the benchmarks', () => {
  it('says the load, the cores and the CPU check', () => {
    const state = machineState(612.4);
    expect(state.cpuCheckMs).toBe(612);
    expect(state.loadAverage).toHaveLength(3);
    expect(state.cores).toBeGreaterThan(0);
    expect(describeMachine({ loadAverage: [1.5, 0.9, 0.75], cores: 2, cpuCheckMs: 612 })).toBe(
      'load average 1.5 0.9 0.75 on 2 cores; CPU check 612 ms (≈ 180 ms on a calm host)',
    );
  });

  it('times a real loop', () => {
    expect(cpuCheckMs()).toBeGreaterThan(1);
  });
});
