/** Layer names of each model, as Keras names them. */
export interface DenseNames {
  readonly model: string;
  readonly dense: string;
  readonly dense_1: string;
}

export interface ConvnetNames {
  readonly model: string;
  readonly input: string;
  readonly conv: readonly [string, string, string];
  /** Used only by the pooling variant. */
  readonly pool: readonly [string, string];
  readonly flatten: string;
  readonly dense: string;
}

/** Keras's n-th name for a layer type: `conv2d`, `conv2d_1`, `conv2d_2`, … */
function kerasName(base: string, n: number): string {
  return n === 0 ? base : `${base}_${n}`;
}

/**
 * The convnet's names when Keras's per-type counters stand at the given values as it is built
 * (a notebook that built other models first has higher counters). Inputs count from 1.
 */
function convnetNames(counters: {
  readonly model: number;
  readonly input: number;
  readonly conv: number;
  readonly pool: number;
  readonly flatten: number;
  readonly dense: number;
}): ConvnetNames {
  const { model, input, conv, pool, flatten, dense } = counters;
  return Object.freeze<ConvnetNames>({
    model: kerasName('model', model),
    input: kerasName('input', input),
    conv: [kerasName('conv2d', conv), kerasName('conv2d', conv + 1), kerasName('conv2d', conv + 2)],
    pool: [kerasName('max_pooling2d', pool), kerasName('max_pooling2d', pool + 1)],
    flatten: kerasName('flatten', flatten),
    dense: kerasName('dense', dense),
  });
}

const FRESH_CONVNET = convnetNames({ model: 0, input: 1, conv: 0, pool: 0, flatten: 0, dense: 0 });

/** Names in a fresh Keras session, one model per session (the default). */
export const FRESH_NAMES = Object.freeze({
  dense: Object.freeze<DenseNames>({ model: 'sequential', dense: 'dense', dense_1: 'dense_1' }),
  convnet: FRESH_CONVNET,
  convnetNoPool: FRESH_CONVNET,
});

/** Names exactly as printed on the lecture's slides (its notebook built several models). */
export const LECTURE_NAMES = Object.freeze({
  dense: FRESH_NAMES.dense,
  convnet: convnetNames({ model: 0, input: 2, conv: 1, pool: 0, flatten: 0, dense: 0 }),
  convnetNoPool: convnetNames({ model: 1, input: 2, conv: 3, pool: 2, flatten: 1, dense: 1 }),
});
