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

/** Names in a fresh Keras session, one model per session (the default). */
export const FRESH_NAMES = Object.freeze({
  dense: Object.freeze<DenseNames>({ model: 'sequential', dense: 'dense', dense_1: 'dense_1' }),
  convnet: Object.freeze<ConvnetNames>({
    model: 'model',
    input: 'input_1',
    conv: ['conv2d', 'conv2d_1', 'conv2d_2'],
    pool: ['max_pooling2d', 'max_pooling2d_1'],
    flatten: 'flatten',
    dense: 'dense',
  }),
  convnetNoPool: Object.freeze<ConvnetNames>({
    model: 'model',
    input: 'input_1',
    conv: ['conv2d', 'conv2d_1', 'conv2d_2'],
    pool: ['max_pooling2d', 'max_pooling2d_1'],
    flatten: 'flatten',
    dense: 'dense',
  }),
});

/** Names exactly as printed on the lecture's slides (its notebook built several models). */
export const LECTURE_NAMES = Object.freeze({
  dense: FRESH_NAMES.dense,
  convnet: Object.freeze<ConvnetNames>({
    model: 'model',
    input: 'input_2',
    conv: ['conv2d_1', 'conv2d_2', 'conv2d_3'],
    pool: ['max_pooling2d', 'max_pooling2d_1'],
    flatten: 'flatten',
    dense: 'dense',
  }),
  convnetNoPool: Object.freeze<ConvnetNames>({
    model: 'model_1',
    input: 'input_2',
    conv: ['conv2d_3', 'conv2d_4', 'conv2d_5'],
    pool: ['max_pooling2d_2', 'max_pooling2d_3'],
    flatten: 'flatten_1',
    dense: 'dense_1',
  }),
});
