import * as tf from '@tensorflow/tfjs';
import { compileLikeLecture } from './compile.ts';
import { type ConvnetNames, type DenseNames, FRESH_NAMES, LECTURE_NAMES } from './names.ts';

export type ModelKind = 'dense' | 'convnet' | 'convnetNoPool';

/** Input layout of each model: the dense model takes (N, 784), the convnets (N, 28, 28, 1). */
export const INPUT_LAYOUT: Readonly<Record<ModelKind, 'flat' | 'image'>> = Object.freeze({
  dense: 'flat',
  convnet: 'image',
  convnetNoPool: 'image',
});

export const PARAM_COUNTS: Readonly<Record<ModelKind, number>> = Object.freeze({
  dense: 407050,
  convnet: 104202,
  convnetNoPool: 712202,
});

export interface BuildOptions {
  /** Seed for the kernel initialisers (glorot uniform, as Keras); random when absent. */
  readonly seed?: number;
  /** Compile with RMSprop / sparse categorical cross-entropy / accuracy (default true). */
  readonly compile?: boolean;
  /**
   * Layer names: a fresh Keras session's (default), or exactly those printed on the lecture's
   * slides (its notebook had built other models first: `input_2`, `conv2d_1`, `model_1` …).
   */
  readonly names?: 'fresh' | 'lecture';
}

const glorot = (seed: number | undefined, k: number) =>
  tf.initializers.glorotUniform(seed === undefined ? {} : { seed: seed + k });

/** keras.Sequential([Dense(512, relu), Dense(10, softmax)]) on (N, 784). */
export function buildDense(
  options: BuildOptions = {},
  names: DenseNames = FRESH_NAMES.dense,
): tf.Sequential {
  const model = tf.sequential({
    name: names.model,
    layers: [
      tf.layers.dense({
        name: names.dense,
        units: 512,
        activation: 'relu',
        inputShape: [784],
        kernelInitializer: glorot(options.seed, 0),
      }),
      tf.layers.dense({
        name: names.dense_1,
        units: 10,
        activation: 'softmax',
        kernelInitializer: glorot(options.seed, 1),
      }),
    ],
  });
  if (options.compile !== false) compileLikeLecture(model);
  return model;
}

/** The lecture's functional convnet, with or without the two MaxPooling2D layers. */
export function buildConvnet(
  options: BuildOptions & { readonly pooling?: boolean } = {},
  names: ConvnetNames = options.pooling === false ? FRESH_NAMES.convnetNoPool : FRESH_NAMES.convnet,
): tf.LayersModel {
  const pooling = options.pooling !== false;
  const input = tf.input({ shape: [28, 28, 1], name: names.input });
  let x: tf.SymbolicTensor = input;
  const filters = [32, 64, 128] as const;
  filters.forEach((count, i) => {
    x = tf.layers
      .conv2d({
        name: names.conv[i]!,
        filters: count,
        kernelSize: 3,
        activation: 'relu',
        kernelInitializer: glorot(options.seed, i),
      })
      .apply(x) as tf.SymbolicTensor;
    if (pooling && i < 2) {
      x = tf.layers
        .maxPooling2d({ name: names.pool[i]!, poolSize: 2 })
        .apply(x) as tf.SymbolicTensor;
    }
  });
  x = tf.layers.flatten({ name: names.flatten }).apply(x) as tf.SymbolicTensor;
  const output = tf.layers
    .dense({
      name: names.dense,
      units: 10,
      activation: 'softmax',
      kernelInitializer: glorot(options.seed, 3),
    })
    .apply(x) as tf.SymbolicTensor;
  const model = tf.model({ name: names.model, inputs: input, outputs: output });
  if (options.compile !== false) compileLikeLecture(model);
  return model;
}

export function buildModel(kind: ModelKind, options: BuildOptions = {}): tf.LayersModel {
  const names = options.names === 'lecture' ? LECTURE_NAMES : FRESH_NAMES;
  if (kind === 'dense') return buildDense(options, names.dense);
  return buildConvnet({ ...options, pooling: kind === 'convnet' }, names[kind]);
}
