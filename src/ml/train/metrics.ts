import * as tf from '@tensorflow/tfjs';

/** Keras's clip of predicted probabilities before the log (backend epsilon 1e-7). */
const EPSILON = 1e-7;

/** Mean sparse categorical cross-entropy of softmax outputs `probs` (B, C) and int labels (B). */
export function sparseCategoricalCrossentropy(probs: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const classes = probs.shape[probs.shape.length - 1]!;
    const oneHot = tf.oneHot(labels.toInt(), classes);
    const logp = tf.log(tf.clipByValue(probs, EPSILON, 1 - EPSILON));
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, logp), -1)));
  });
}

/** Number of rows whose arg-max equals the integer label (a float32 scalar). */
export function countCorrect(probs: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.sum(tf.cast(tf.equal(tf.argMax(probs, -1), labels.toInt()), 'float32')));
}
