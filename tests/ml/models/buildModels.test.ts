import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildConvnet, buildModel, PARAM_COUNTS } from '../../../src/ml/models/buildModels.ts';
import { disposeModel, KerasRMSprop } from '../../../src/ml/models/kerasRmsprop.ts';
import { LECTURE_NAMES } from '../../../src/ml/models/names.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const layerNames = (m: tf.LayersModel) => m.layers.map((l) => l.name);

describe('the lecture models', () => {
  it('have the lecture parameter counts and output shapes', () => {
    for (const kind of ['dense', 'convnet', 'convnetNoPool'] as const) {
      const model = buildModel(kind);
      expect(model.countParams()).toBe(PARAM_COUNTS[kind]);
      expect(model.outputs[0]?.shape).toEqual([null, 10]);
      disposeModel(model);
    }
  });

  it('name layers per model, Keras-style, however many models the page built', () => {
    const first = buildModel('convnet');
    const second = buildModel('convnet');
    const expected = [
      'input_1',
      'conv2d',
      'max_pooling2d',
      'conv2d_1',
      'max_pooling2d_1',
      'conv2d_2',
      'flatten',
      'dense',
    ];
    expect(layerNames(first)).toEqual(expected);
    expect(layerNames(second)).toEqual(expected);
    const dense = buildModel('dense');
    expect(layerNames(dense)).toEqual(['dense', 'dense_1']);
    expect(dense.name).toBe('sequential');
    for (const m of [first, second, dense]) disposeModel(m);
  });

  it('can use the names printed on the slides', () => {
    const model = buildConvnet({ pooling: false }, LECTURE_NAMES.convnetNoPool);
    expect(model.name).toBe('model_1');
    expect(layerNames(model)).toEqual([
      'input_2',
      'conv2d_3',
      'conv2d_4',
      'conv2d_5',
      'flatten_1',
      'dense_1',
    ]);
    expect(model.layers[4]?.outputShape).toEqual([null, 61952]);
    disposeModel(model);
  });

  it('compile with RMSprop(0.001, rho 0.9, epsilon 1e-7)', () => {
    const model = buildModel('dense');
    const config = model.optimizer.getConfig();
    expect(config).toEqual({ learningRate: 0.001, rho: 0.9, epsilon: 1e-7 });
    disposeModel(model);
  });

  it('update weights as Keras RMSprop does', () => {
    const baseline = tf.memory().numTensors;
    const w = tf.tidy(() => tf.variable(tf.tensor1d([1, -2]), true, 'rms_test_w'));
    const opt = new KerasRMSprop(0.1, 0.9, 1e-7);
    for (let step = 0; step < 2; step++) {
      opt.minimize(() => tf.sum(tf.mul(w, tf.tensor1d([3, 0.5]))), false, [w]);
    }
    // velocity after two steps: 0.1 g², then 0.9 · 0.1 g² + 0.1 g² = 0.19 g²
    const step1 = 0.1 / (Math.sqrt(0.1) + 1e-7 / 3);
    const step2 = 0.1 / (Math.sqrt(0.19) + 1e-7 / 3);
    const values = Array.from(w.dataSync());
    expect(values[0]).toBeCloseTo(1 - step1 - step2, 5);
    expect(values[1]).toBeCloseTo(-2 - step1 - step2, 5);
    opt.dispose();
    w.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('are reproducible with a seed', () => {
    const a = buildModel('convnet', { seed: 7 });
    const b = buildModel('convnet', { seed: 7 });
    const c = buildModel('convnet', { seed: 8 });
    const kernel = (m: tf.LayersModel) => Array.from(m.getWeights()[0]!.dataSync());
    expect(kernel(a)).toEqual(kernel(b));
    expect(kernel(a)).not.toEqual(kernel(c));
    for (const m of [a, b, c]) disposeModel(m);
  });
});
