import * as tf from '@tensorflow/tfjs';
import { isUnitStride } from './convFilterGradient.ts';
import { type KernelFunc, opsKernel } from './kernelTypes.ts';

/**
 * Conv2DBackpropInput of a stride-1 'valid' NHWC convolution as a forward convolution:
 *   dx[n, i, j, ci] = Σ_{kh, kw, co} dy[n, i − kh, j − kw, co] · W[kh, kw, ci, co]
 * is dy zero-padded by (KH − 1, KW − 1) on each side, convolved with W flipped in both spatial
 * axes and with its channel axes swapped. (tfjs-wasm's own kernel is a plain loop.)
 */
export function makeFastInputGradient(backendName: string, fallback?: KernelFunc): KernelFunc {
  const fast = opsKernel(({ dy, filter }) => {
    const [kh = 1, kw = 1] = filter!.shape;
    const flipped = tf.transpose(tf.reverse(filter!, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
    const padded = tf.pad(dy!, [
      [0, 0],
      [kh - 1, kh - 1],
      [kw - 1, kw - 1],
      [0, 0],
    ]) as tf.Tensor4D;
    return tf.conv2d(padded, flipped, 1, 'valid');
  });
  return (args) => {
    const attrs = args.attrs as unknown as {
      strides: number | [number, number];
      pad: unknown;
      dataFormat?: string;
    };
    if (
      isUnitStride(attrs.strides) &&
      attrs.pad === 'valid' &&
      (attrs.dataFormat ?? 'NHWC') === 'NHWC'
    ) {
      return fast(args);
    }
    if (fallback) return fallback(args);
    throw new Error(`Conv2DBackpropInput on ${backendName}: only stride 1, 'valid', NHWC`);
  };
}
