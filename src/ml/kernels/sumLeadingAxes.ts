import * as tf from '@tensorflow/tfjs';
import { type KernelFunc, opsKernel } from './kernelTypes.ts';

/**
 * Sum over the leading axes (a bias gradient: Σ over batch, height, width) as a (1 × M) · (M × C)
 * matrix product, which tfjs-wasm runs through XNNPACK. Faster in isolation, but no end-to-end
 * gain measured, so not installed by default. Other reductions go to the stock kernel.
 */
export function makeSumLeadingAxes(stock: KernelFunc): KernelFunc {
  const fast = opsKernel(({ x }, attrs) => {
    const shape = x!.shape;
    const k = (attrs.axis as number[]).length;
    const m = shape.slice(0, k).reduce((a, b) => a * b, 1);
    const rest = shape.slice(k);
    const c = rest.reduce((a, b) => a * b, 1);
    const out = tf.matMul(tf.ones([1, m]), tf.reshape(x!, [m, c]));
    return tf.reshape(out, attrs.keepDims ? [...shape.slice(0, k).map(() => 1), ...rest] : rest);
  });
  return (args) => {
    const x = (args.inputs as { x?: { shape: number[]; dtype: string } }).x;
    const a = args.attrs as unknown as { axis: number | number[]; keepDims: boolean };
    const rank = x?.shape.length ?? 0;
    const axes = (Array.isArray(a.axis) ? a.axis : [a.axis]).map((v) => (v < 0 ? v + rank : v));
    const leading = axes.length > 0 && axes.length < rank && axes.every((v, i) => v === i);
    if (x?.dtype === 'float32' && leading) {
      return fast({ ...args, attrs: { axis: axes, keepDims: a.keepDims } } as typeof args);
    }
    return stock(args);
  };
}
