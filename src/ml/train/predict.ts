import * as tf from '@tensorflow/tfjs';

export interface Prediction {
  /** Row-major (N, classes) probabilities. */
  readonly data: Float32Array;
  readonly shape: readonly [number, number];
}

/**
 * Keras's `model.predict(x)`: batched forward passes inside `tf.tidy`, read back as one array.
 * `x` is already preprocessed ((N, 784) or (N, 28, 28, 1), float32 / 255).
 */
export async function predict(
  model: tf.LayersModel,
  x: tf.Tensor,
  batchSize = 32,
): Promise<Prediction> {
  const count = x.shape[0]!;
  const parts: Float32Array[] = [];
  let classes = 0;
  for (let from = 0; from < count; from += batchSize) {
    const probs = tf.tidy(
      () => model.predict(x.slice(from, Math.min(batchSize, count - from))) as tf.Tensor,
    );
    classes = probs.shape[1] ?? 0;
    parts.push((await probs.data()) as Float32Array);
    probs.dispose();
  }
  const data = new Float32Array(count * classes);
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { data, shape: [count, classes] };
}

/** Index of the largest value in each row (`prediction.argmax()` per digit). */
export function argMaxRows(prediction: Prediction): number[] {
  const [rows, cols] = prediction.shape;
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < cols; c++) {
      if (prediction.data[r * cols + c]! > prediction.data[r * cols + best]!) best = c;
    }
    out.push(best);
  }
  return out;
}
