import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../../src/ml/data/types.ts';
import { buildModel } from '../../../src/ml/models/buildModels.ts';
import { disposeModel } from '../../../src/ml/models/kerasRmsprop.ts';
import { evaluate } from '../../../src/ml/train/evaluate.ts';
import { type BatchLogs, fitModel } from '../../../src/ml/train/fit.ts';
import { argMaxRows, predict } from '../../../src/ml/train/predict.ts';
import { splitToTensors } from '../../../src/ml/train/tensors.ts';
import { loadDefaultData } from '../defaultData.ts';

let data: MnistData;
beforeAll(async () => {
  await tf.setBackend('cpu');
  data = await loadDefaultData();
});

describe('fit / evaluate / predict (cpu backend, small subset)', { timeout: 120_000 }, () => {
  it('learns the dense model and leaves no tensors behind', async () => {
    const baseline = tf.memory().numTensors;
    const model = buildModel('dense', { seed: 1 });
    const train = splitToTensors(data.train, 'flat', 512);
    const test = splitToTensors(data.test, 'flat', 300);
    const before = await evaluate(model, test);
    const logs: BatchLogs[] = [];
    const epochs: number[] = [];
    const history = await fitModel(model, train, {
      epochs: 2,
      batchSize: 64,
      seed: 3,
      reportMs: 0,
      onBatch: (l) => logs.push(l),
      onEpoch: (l) => epochs.push(l.epoch),
    });
    const after = await evaluate(model, test, { batchSize: 32 });
    expect(logs).toHaveLength(16);
    expect(logs[7]).toMatchObject({ epoch: 0, batch: 7, batches: 8 });
    expect(epochs).toEqual([0, 1]);
    expect(history.loss[1]!).toBeLessThan(history.loss[0]!);
    expect(after.accuracy).toBeGreaterThan(0.7);
    expect(after.accuracy).toBeGreaterThan(before.accuracy + 0.4);
    expect(after.count).toBe(300);
    const prediction = await predict(model, test.x, 64);
    expect(prediction.shape).toEqual([300, 10]);
    const sum = prediction.data.subarray(0, 10).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 4);
    const labels = Array.from(data.test.labels.subarray(0, 300));
    const hits = argMaxRows(prediction).filter((p, i) => p === labels[i]).length;
    expect(hits / 300).toBeCloseTo(after.accuracy, 5);
    train.dispose();
    test.dispose();
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('reports progress at most every reportMs', async () => {
    const model = buildModel('dense', { seed: 1 });
    const train = splitToTensors(data.train, 'flat', 256);
    const logs: BatchLogs[] = [];
    await fitModel(model, train, { batchSize: 16, reportMs: 60_000, onBatch: (l) => logs.push(l) });
    expect(logs.map((l) => l.batch)).toEqual([15]);
    train.dispose();
    disposeModel(model);
  });

  it('is cancellable and releases its tensors when cancelled', async () => {
    const baseline = tf.memory().numTensors;
    const model = buildModel('convnet', { seed: 1 });
    const train = splitToTensors(data.train, 'image', 64);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = fitModel(model, train, {
      epochs: 3,
      batchSize: 4,
      reportMs: 0,
      signal: controller.signal,
      onBatch: (l) => {
        seen.push(l.batch);
        if (l.batch === 2) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(seen).toEqual([0, 1, 2]);
    train.dispose();
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
