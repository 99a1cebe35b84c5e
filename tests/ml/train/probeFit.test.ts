import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIT_PROBE, probeDigits, probeFit } from '../../../src/ml/train/measureThroughput.ts';
import { type SplitTensors, splitToTensors } from '../../../src/ml/train/tensors.ts';
import { loadDefaultData } from '../defaultData.ts';

let data: SplitTensors;
const counts = { warmup: 2, warmupMs: 0, timed: 3, timedMs: 0, maxBatches: 48 };

beforeAll(async () => {
  await tf.setBackend('cpu');
  data = splitToTensors((await loadDefaultData()).train, 'flat', 400);
});
afterAll(() => data.dispose());

describe("a fit's warm-up", { timeout: 60_000 }, () => {
  it('times the batches after the warm-up and stops once it has enough', async () => {
    const before = tf.memory().numTensors;
    const speed = await probeFit('dense', data, { backend: 'cpu', batchSize: 8, probe: counts });
    expect(speed.backend).toBe('cpu');
    expect(speed.msPerBatch).toHaveLength(3);
    const median = [...speed.msPerBatch].sort((a, b) => a - b)[1] ?? 0;
    expect(speed.samplesPerSecond).toBeCloseTo((8 * 1000) / median, 6);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('warms up and times for at least the given durations', async () => {
    const probe = { ...counts, warmupMs: 150, timedMs: 250 };
    const speed = await probeFit('dense', data, { backend: 'cpu', batchSize: 8, probe });
    const ms = [...speed.msPerBatch].sort((a, b) => a - b);
    const timed = ms.reduce((a, b) => a + b, 0);
    expect(timed).toBeGreaterThanOrEqual(250 - 30); // the first timed batch starts the clock
    expect(speed.probeSeconds).toBeGreaterThanOrEqual(0.4);
    const mid = ms.length >> 1;
    const median = ms.length % 2 ? ms[mid]! : (ms[mid - 1]! + ms[mid]!) / 2;
    expect(speed.samplesPerSecond).toBeCloseTo((8 * 1000) / median, 6);
  });

  it('times the last batches when the data runs out first', async () => {
    const probe = { ...counts, warmup: 3, warmupMs: 1e9, maxBatches: 4 };
    const speed = await probeFit('dense', data, { backend: 'cpu', batchSize: 8, probe });
    expect(speed.msPerBatch).toHaveLength(1);
    const one = await probeFit('dense', { ...data, count: 5 }, { backend: 'cpu', batchSize: 8 });
    expect(one.msPerBatch).toHaveLength(1);
    expect(one.samplesPerSecond).toBeGreaterThan(0);
  });

  it('is cancelled by its signal, leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    controller.abort();
    await expect(
      probeFit('dense', data, { backend: 'cpu', batchSize: 8, signal: controller.signal }),
    ).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('asks for as many digits as its batches need, within the fit', () => {
    expect(probeDigits(FIT_PROBE, 128, 60_000)).toBe(48 * 128);
    expect(probeDigits(FIT_PROBE, 128, 512)).toBe(512);
  });
});
