import type * as tf from '@tensorflow/tfjs';
import { KerasRMSprop } from './kerasRmsprop.ts';

/** Keras defaults of `optimizer="rmsprop"`: learning_rate 0.001, rho 0.9, epsilon 1e-7. */
export const RMSPROP_DEFAULTS = Object.freeze({ learningRate: 0.001, rho: 0.9, epsilon: 1e-7 });

/**
 * `model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy",
 * metrics=["accuracy"])`, with Keras's RMSprop update (see KerasRMSprop). Dispose the model
 * with `disposeModel`, which also releases the optimizer's slots.
 */
export function compileLikeLecture(model: tf.LayersModel): void {
  const { learningRate, rho, epsilon } = RMSPROP_DEFAULTS;
  model.compile({
    optimizer: new KerasRMSprop(learningRate, rho, epsilon),
    loss: 'sparseCategoricalCrossentropy',
    metrics: ['accuracy'],
  });
}
