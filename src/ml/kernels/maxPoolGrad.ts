import * as tf from '@tensorflow/tfjs';
import { type KernelFunc, opsKernel } from './kernelTypes.ts';

/**
 * MaxPoolGrad for 2×2 windows, stride 2, 'valid' (the lecture's MaxPooling2D(2)) from a few
 * elementwise ops: the input is compared with the pooled output upsampled ×2 (nearest
 * neighbour), and the upsampled dy flows to the positions equal to their
 * window's maximum; an odd last row/column gets none. Unlike TensorFlow, a window whose maximum
 * occurs twice passes dy to both positions: after ReLU such ties are zeros, whose gradient the
 * ReLU then discards, so training the lecture's models is unaffected. (tfjs-wasm's own kernel
 * is a plain loop, ~10× slower.)
 */
export function makeFastMaxPoolGrad(backendName: string, fallback?: KernelFunc): KernelFunc {
  const fast = opsKernel(({ dy, input, output }) => {
    const [n = 0, h = 0, w = 0, c = 0] = input!.shape;
    const h2 = h >> 1;
    const w2 = w >> 1;
    const even = h % 2 || w % 2 ? tf.slice(input!, [0, 0, 0, 0], [n, 2 * h2, 2 * w2, c]) : input!;
    // nearest-neighbour ×2 upsampling: same-shape elementwise ops are fast, broadcasts are not
    const up = (t: tf.Tensor) => tf.image.resizeNearestNeighbor(t as tf.Tensor4D, [2 * h2, 2 * w2]);
    const isMax = tf.equal(even, up(output!));
    const grad = tf.mul(tf.cast(isMax, 'float32'), up(dy!));
    return h % 2 || w % 2
      ? tf.pad(grad, [
          [0, 0],
          [0, h % 2],
          [0, w % 2],
          [0, 0],
        ])
      : grad;
  });
  return (args) => {
    const a = args.attrs as unknown as {
      filterSize: number | [number, number];
      strides: number | [number, number];
      pad: unknown;
    };
    const two = (v: number | [number, number]) =>
      Array.isArray(v) ? v[0] === 2 && v[1] === 2 : v === 2;
    if (two(a.filterSize) && two(a.strides) && a.pad === 'valid') return fast(args);
    if (fallback) return fallback(args);
    throw new Error(`MaxPoolGrad on ${backendName}: only 2×2, stride 2, 'valid'`);
  };
}
