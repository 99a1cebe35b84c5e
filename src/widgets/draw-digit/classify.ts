import * as tf from '@tensorflow/tfjs';

/**
 * One forward pass for one 28×28 digit (floats in [0, 1], white on black): the model's
 * softmax output as 10 probabilities. The input layout follows the model's input shape:
 * (1, 784) for the dense network, (1, 28, 28, 1) for convnets. Every tensor lives inside
 * `tf.tidy`; the synchronous read is fine for one tiny output on wasm/cpu.
 */
export function classify(model: tf.LayersModel, pixels: Float32Array): Float32Array {
  const rank = model.inputs[0]?.shape.length ?? 2;
  return tf.tidy(() => {
    const x =
      rank === 2 ? tf.tensor2d(pixels, [1, pixels.length]) : tf.tensor4d(pixels, [1, 28, 28, 1]);
    const y = model.predict(x) as tf.Tensor;
    return Float32Array.from(y.dataSync());
  });
}

/** Whether a model's output is usable probabilities: every value finite (NaN weights give NaN). */
export function isFiniteOutput(probabilities: Float32Array): boolean {
  return probabilities.every(Number.isFinite);
}
