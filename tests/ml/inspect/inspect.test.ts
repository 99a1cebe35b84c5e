import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grid } from '../../../src/math/grid.ts';
import type { MnistData } from '../../../src/ml/data/types.ts';
import { channelOf, createInspector } from '../../../src/ml/inspect/activations.ts';
import { filterImages, meanFilterImages } from '../../../src/ml/inspect/filters.ts';
import { horizontalShifts, predictShifted } from '../../../src/ml/inspect/shiftedPredictions.ts';
import { loadDefaultData } from '../defaultData.ts';
import { loadCommittedModel } from './pretrained.ts';

let model: tf.LayersModel;
let data: MnistData;

const testDigit = (k: number) => {
  const pixels = data.test.images.subarray(k * 784, (k + 1) * 784);
  return { image: Array.from(pixels, (b) => b / 255), label: data.test.labels[k] ?? -1 };
};

beforeAll(async () => {
  await tf.setBackend('cpu');
  [model, data] = await Promise.all([loadCommittedModel('convnet'), loadDefaultData()]);
});
afterAll(() => model.dispose());

describe('convnet activations', () => {
  it('returns every conv layer’s maps (26×26×32, 11×11×64, 3×3×128) and the prediction', async () => {
    const inspector = createInspector(model);
    const { image, label } = testDigit(0);
    const before = tf.memory().numTensors;
    const result = await inspector.inspect(image);
    expect(tf.memory().numTensors).toBe(before);
    expect(result.layers.map((l) => [l.name, l.rows, l.cols, l.channels])).toEqual([
      ['conv2d', 26, 26, 32],
      ['conv2d_1', 11, 11, 64],
      ['conv2d_2', 3, 3, 128],
    ]);
    expect(result.layers[0]?.data.length).toBe(26 * 26 * 32);
    expect(result.probabilities.length).toBe(10);
    expect(result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(result.predicted).toBe(label);
    // ReLU outputs: no negative value, and the digit lights some of them up.
    expect(Math.min(...result.layers[0]!.data)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...result.layers[0]!.data)).toBeGreaterThan(0);
  });

  it('matches the first layer computed by hand (correlation + bias + ReLU)', async () => {
    const { image } = testDigit(3);
    const result = await createInspector(model).inspect(image);
    const [kernel, bias] = model.getLayer('conv2d').getWeights();
    const k = kernel!.dataSync();
    const b = bias!.dataSync();
    const f = 5;
    const map = channelOf(result.layers[0]!, f);
    for (const [r, c] of [
      [0, 0],
      [12, 13],
      [25, 25],
      [7, 20],
    ] as const) {
      let s = b[f] ?? 0;
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++)
          s += (image[(r + i) * 28 + c + j] ?? 0) * (k[(i * 3 + j) * 32 + f] ?? 0);
      expect(map[r * 26 + c]).toBeCloseTo(Math.max(0, s), 5);
    }
  });

  it('rejects an image of the wrong size', async () => {
    await expect(createInspector(model).inspect([1, 2, 3])).rejects.toThrow(/784/);
  });
});

describe('filters', () => {
  it('averages a layer’s kernel over its input channels, per output filter', () => {
    // [2, 1, 2, 2]: rows 2, cols 1, in 2, out 2 → value index ((r*kw + c)*cin + i)*cout + o.
    const kernel = [1, 10, 3, 30, 5, 50, 7, 70];
    const images = meanFilterImages(kernel, [2, 1, 2, 2]).map((im) => Array.from(im));
    expect(images).toEqual([
      [2, 6],
      [20, 60],
    ]);
  });

  it('reads the convnet’s filters: 32 of 3×3×1, 64 of 3×3×32, 128 of 3×3×64', () => {
    const before = tf.memory().numTensors;
    const sets = filterImages(model);
    expect(tf.memory().numTensors).toBe(before);
    expect(sets.map((s) => [s.count, s.size, s.inChannels, s.images.length])).toEqual([
      [32, 3, 1, 32],
      [64, 3, 32, 64],
      [128, 3, 64, 128],
    ]);
    const first = model.getLayer('conv2d').getWeights()[0]!.dataSync();
    expect(sets[0]?.images[2]?.[4]).toBeCloseTo(first[4 * 32 + 2] ?? Number.NaN, 6);
  });
});

describe('predictions under shifts', () => {
  it('gives 10 probabilities per shift, and the unshifted one equals the plain prediction', async () => {
    const { image, label } = testDigit(1);
    const shifts = horizontalShifts(8);
    expect(shifts.map((s) => s.dx)).toEqual([
      -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    const before = tf.memory().numTensors;
    const probs = await predictShifted(model, grid(28, 28, image), shifts);
    expect(tf.memory().numTensors).toBe(before);
    expect(probs).toHaveLength(17);
    for (const p of probs) expect(p).toHaveLength(10);
    const plain = await createInspector(model).inspect(image);
    probs[8]!.forEach((p, k) => {
      expect(p).toBeCloseTo(plain.probabilities[k] ?? Number.NaN, 5);
    });
    // Small shifts keep the class; a digit pushed 8 px off-centre is no longer safe.
    expect(probs[7]![label]).toBeGreaterThan(0.5);
    expect(probs[9]![label]).toBeGreaterThan(0.5);
  });
});
