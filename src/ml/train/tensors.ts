import * as tf from '@tensorflow/tfjs';
import type { MnistSplit } from '../data/types.ts';

export type InputLayout = 'flat' | 'image';

/** A split uploaded to the backend once: x float32 in [0, 1], y int32 labels of shape (N). */
export interface SplitTensors {
  readonly x: tf.Tensor;
  readonly y: tf.Tensor1D;
  readonly count: number;
  dispose(): void;
}

/**
 * The slides' preprocessing: `images.reshape(N, 28 * 28)` (dense) or `(N, 28, 28, 1)`
 * (convnets), then `.astype("float32") / 255`. Labels stay integers (sparse cross-entropy).
 */
export function splitToTensors(
  split: MnistSplit,
  layout: InputLayout,
  limit = split.count,
): SplitTensors {
  const count = Math.min(limit, split.count);
  const pixels = split.images.length / split.count;
  const side = Math.round(Math.sqrt(pixels));
  const shape = layout === 'flat' ? [count, pixels] : [count, side, side, 1];
  const floats = new Float32Array(count * pixels);
  for (let i = 0; i < floats.length; i++) floats[i] = split.images[i]! / 255;
  const x = tf.tensor(floats, shape, 'float32');
  const y = tf.tensor1d(Int32Array.from(split.labels.subarray(0, count)), 'int32');
  return {
    x,
    y,
    count,
    dispose: () => {
      x.dispose();
      y.dispose();
    },
  };
}
