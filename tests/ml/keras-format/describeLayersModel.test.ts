import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeLayersModel } from '../../../src/ml/keras-format/describeLayersModel.ts';
import { summary } from '../../../src/ml/keras-format/summary.ts';

describe('describeLayersModel', () => {
  const models: tf.LayersModel[] = [];
  afterAll(() => {
    for (const m of models) m.dispose();
  });

  it('describes a functional tfjs convnet the way Keras prints it', () => {
    const input = tf.input({ shape: [28, 28, 1], name: 'input_2' });
    let x = tf.layers
      .conv2d({ filters: 32, kernelSize: 3, activation: 'relu', name: 'conv2d_1' })
      .apply(input);
    x = tf.layers.maxPooling2d({ poolSize: 2, name: 'max_pooling2d' }).apply(x);
    x = tf.layers.flatten({ name: 'flatten' }).apply(x);
    const out = tf.layers.dense({ units: 10, activation: 'softmax', name: 'dense' }).apply(x);
    const model = tf.model({ inputs: input, outputs: out as tf.SymbolicTensor, name: 'model' });
    models.push(model);
    const desc = describeLayersModel(model);
    expect(desc.layers.map((l) => l.className)).toEqual([
      'InputLayer',
      'Conv2D',
      'MaxPooling2D',
      'Flatten',
      'Dense',
    ]);
    expect(desc.trainableParams).toBe(320 + 5408 * 10 + 10);
    const lines = summary(desc).split('\n');
    expect(lines[0]).toBe('Model: "model"');
    expect(lines[4]).toBe(' input_2 (InputLayer)        [(None, 28, 28, 1)]       0         ');
    expect(lines[8]).toBe(' max_pooling2d (MaxPooling2  (None, 13, 13, 32)        0         ');
    expect(lines[9]).toBe(' D)                                                              ');
  });

  it('describes the lecture dense model with its parameter count', () => {
    const model = tf.sequential({
      name: 'sequential',
      layers: [
        tf.layers.dense({ units: 512, activation: 'relu', inputShape: [784], name: 'dense' }),
        tf.layers.dense({ units: 10, activation: 'softmax', name: 'dense_1' }),
      ],
    });
    models.push(model);
    const text = summary(describeLayersModel(model));
    expect(text).toContain(' dense (Dense)               (None, 512)               401920    ');
    expect(text).toContain('Total params: 407050 (1.55 MB)');
  });
});
