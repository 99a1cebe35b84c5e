import { describe, expect, it } from 'vitest';
import { FIT_PROBE, isFitSpeed } from '../../../src/ml/train/measureThroughput.ts';
import { isFromWorker, parseToWorker } from '../../../src/ml/worker/protocol.ts';

const base = { type: 'train', kind: 'convnet', epochs: 5, batchSize: 128, dataUrl: '/d.json' };
/** A speed the warm-up measured. */
const speed = {
  backend: 'wasm',
  batchSize: 128,
  samplesPerSecond: 684,
  msPerBatch: [187, 186],
  probeSeconds: 1.2,
};

describe('measure first, then go', () => {
  it('accepts a train request with a warm-up, and the go that follows the measurement', () => {
    expect(parseToWorker({ ...base, probe: FIT_PROBE })).toEqual({ ...base, probe: FIT_PROBE });
    const least = { warmup: 0, warmupMs: 0, timed: 1, timedMs: 0, maxBatches: 1 };
    expect(parseToWorker({ ...base, probe: least })).toMatchObject({ probe: least });
    expect(parseToWorker({ type: 'go', limit: 8064, epochs: 5, evaluate: false })).toEqual({
      type: 'go',
      limit: 8064,
      epochs: 5,
      evaluate: false,
    });
    expect(isFromWorker({ type: 'measured', speed })).toBe(true);
    // The whole message is checked, not only its type (an empty speed used to pass).
    expect(isFromWorker({ type: 'measured', speed: {} })).toBe(false);
  });

  it('refuses malformed warm-ups and go messages', () => {
    const bad: unknown[] = [
      { ...base, probe: 3 },
      { ...base, probe: null },
      { ...base, probe: { ...FIT_PROBE, warmup: -1 } },
      { ...base, probe: { ...FIT_PROBE, timed: 0 } },
      { ...base, probe: { ...FIT_PROBE, timedMs: 0.5 } },
      { ...base, probe: { ...FIT_PROBE, maxBatches: 0 } },
      { ...base, probe: { warmup: 2, timed: 6 } },
      { type: 'go', limit: 0, epochs: 5, evaluate: false },
      { type: 'go', limit: 128, epochs: 1.5, evaluate: false },
      { type: 'go', limit: 128, epochs: 1 },
    ];
    for (const message of bad)
      expect(parseToWorker(message), JSON.stringify(message)).toBeUndefined();
  });
});

describe('a measured speed from the Worker', () => {
  it('is used only when an estimate can be made of it', () => {
    expect(isFitSpeed(speed)).toBe(true);
    for (const bad of [
      { ...speed, samplesPerSecond: 0 },
      { ...speed, samplesPerSecond: Number.POSITIVE_INFINITY },
      { ...speed, msPerBatch: ['x'] },
      { ...speed, backend: undefined },
      null,
    ]) {
      expect(isFitSpeed(bad)).toBe(false);
    }
  });
});
