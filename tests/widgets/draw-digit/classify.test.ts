import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/ml/models/buildModels.ts';
import { classify, isFiniteOutput } from '../../../src/widgets/draw-digit/classify.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('classify (draw-digit)', () => {
  it('gives ten finite probabilities for sound weights', () => {
    const model = buildModel('dense', { seed: 1 });
    const p = classify(model, new Float32Array(784).fill(0.5));
    expect(p).toHaveLength(10);
    expect(isFiniteOutput(p)).toBe(true);
    model.dispose();
  });

  it('tells broken (NaN) weights by their output', () => {
    const model = buildModel('dense', { seed: 1 });
    const before = tf.memory().numTensors;
    const broken = model.getWeights().map((w) => tf.fill(w.shape, Number.NaN));
    model.setWeights(broken);
    tf.dispose(broken);
    const p = classify(model, new Float32Array(784).fill(0.5));
    expect(isFiniteOutput(p)).toBe(false);
    expect(isFiniteOutput(Float32Array.of(0.5, Number.POSITIVE_INFINITY))).toBe(false);
    model.dispose();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before);
  });
});
