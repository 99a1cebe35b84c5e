import { describe, expect, it } from 'vitest';
import type { TrainingProgress } from '../../src/ml/session/types.ts';
import { computeLabelUk, samplesPerSecond } from '../../src/widgets/live-cell/trainingView.ts';

const progress = (over: Partial<TrainingProgress>): TrainingProgress => ({
  kind: 'dense',
  cell: 'dense-fit',
  epoch: 0,
  epochs: 5,
  batch: 0,
  batches: 469,
  loss: 0.5,
  accuracy: 0.9,
  history: { loss: [], accuracy: [] },
  lines: [],
  etaSeconds: undefined,
  elapsedSeconds: 0,
  estimateSeconds: undefined,
  fraction: 0,
  trainCount: 60000,
  ...over,
});

describe("the training panel's backend and speed label", () => {
  it('measures samples per second over all epochs done so far', () => {
    // 10 % of 5 epochs of 60,000 digits in 12 s: 30,000 samples, 2,500 per second.
    expect(samplesPerSecond(progress({ fraction: 0.1, elapsedSeconds: 12 }))).toBe(2500);
    expect(samplesPerSecond(progress({ fraction: 0, elapsedSeconds: 3 }))).toBeUndefined();
    expect(samplesPerSecond(progress({ fraction: 0.1, elapsedSeconds: 0 }))).toBeUndefined();
  });

  it('names the backend, the speed once known, and a forced backend that was unavailable', () => {
    const going = progress({ fraction: 0.1, elapsedSeconds: 12 });
    expect(computeLabelUk(going, 'webgl', '?backend=webgl')).toBe(
      'Обчислення: webgl · 2\u00a0500 зразків/с (у фоновому потоці)',
    );
    expect(computeLabelUk(progress({}), 'wasm', '')).toBe('Обчислення: wasm (у фоновому потоці)');
    expect(computeLabelUk(going, 'wasm', '?p=lecture5.md&backend=webgpu')).toBe(
      'Обчислення: wasm (замість webgpu: він тут недоступний) · 2\u00a0500 зразків/с (у фоновому потоці)',
    );
    expect(computeLabelUk(progress({}), undefined, '')).toBe('Обчислення: … (у фоновому потоці)');
  });
});
