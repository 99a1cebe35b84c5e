import * as tf from '@tensorflow/tfjs';
import { type KernelFunc, opsKernel } from './kernelTypes.ts';

interface PoolAttrs {
  filterSize: number | [number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same' | number;
  dimRoundingMode?: string;
}

/**
 * MaxPoolGrad from two native kernels: MaxPoolWithArgmax finds, per window, the flat position
 * of its first maximum (as TensorFlow's gradient does), and ScatterNd adds dy there (summing
 * where overlapping windows share a maximum). tfjs-wasm's own MaxPoolGrad is a plain loop,
 * several times slower. Explicit padding or a rounding mode go to the stock kernel.
 */
export function makeFastMaxPoolGrad(fallback?: KernelFunc): KernelFunc {
  const fast = opsKernel(({ dy, input }, attrs) => {
    const a = attrs as unknown as PoolAttrs;
    const { indexes } = tf.maxPoolWithArgmax(
      input as tf.Tensor4D,
      a.filterSize,
      a.strides,
      a.pad as 'valid' | 'same',
      true,
    );
    const flat = tf.scatterND(tf.reshape(indexes!, [-1, 1]), tf.reshape(dy!, [-1]), [input!.size]);
    return tf.reshape(flat, input!.shape);
  });
  return (args) => {
    const a = args.attrs as unknown as PoolAttrs;
    if ((a.pad === 'valid' || a.pad === 'same') && a.dimRoundingMode == null) return fast(args);
    if (fallback) return fallback(args);
    throw new Error('MaxPoolGrad: explicit padding is not supported');
  };
}
