// What the benchmarks print about the machine they ran on: its load and how fast its CPU was
// at the time. On this shared VM the host's speed varies by half over an hour, and every
// timing with it: the CPU check lets two runs be compared.
import { cpus, loadavg } from 'node:os';

/** Steps of the CPU check's loop (≈ 180 ms on this machine when its host is calm). */
const STEPS = 1e8;

/** Wall time of a fixed, single-threaded JavaScript loop, in ms. */
export function cpuCheckMs(): number {
  const start = performance.now();
  let sum = 0;
  for (let i = 0; i < STEPS; i += 1) sum += i;
  if (sum < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  return performance.now() - start;
}

export interface MachineState {
  readonly loadAverage: readonly number[];
  readonly cores: number;
  readonly cpuCheckMs: number;
}

export function machineState(cpuCheck: number): MachineState {
  return {
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    cores: cpus().length,
    cpuCheckMs: Math.round(cpuCheck),
  };
}

/** "load average 1.2 0.9 0.8 on 2 cores; CPU check 190 ms (≈ 180 ms calm)". */
export function describeMachine(state: MachineState): string {
  return (
    `load average ${state.loadAverage.join(' ')} on ${state.cores} cores; ` +
    `CPU check ${state.cpuCheckMs} ms (≈ 180 ms on a calm host)`
  );
}
