import { heapOf } from './heap.ts';
import type { KernelFunc, TensorInfo } from './kernelTypes.ts';

/**
 * Sum over the leading axes of a float32 tensor (a bias gradient: Σ over batch, height, width)
 * as one pass over the backend's memory, accumulating rows of C values in float64. tfjs-wasm's
 * stock Sum first transposes the reduced axes to the end (a full copy of the tensor) and then
 * reduces. Other reductions, dtypes and backends go to the stock kernel.
 */
export function makeSumLeadingAxes(stock: KernelFunc): KernelFunc {
  return (args) => {
    const x = (args.inputs as { x?: TensorInfo }).x;
    const a = args.attrs as unknown as { axis: number | number[]; keepDims: boolean };
    const rank = x?.shape.length ?? 0;
    const axes = (Array.isArray(a.axis) ? a.axis : [a.axis]).map((v) => (v < 0 ? v + rank : v));
    const leading = axes.length > 0 && axes.length < rank && axes.every((v, i) => v === i);
    const heap = heapOf(args.backend);
    if (!x || !heap || x.dtype !== 'float32' || !leading) return stock(args);
    const k = axes.length;
    const rest = x.shape.slice(k);
    const c = rest.reduce((p, q) => p * q, 1);
    const m = x.shape.slice(0, k).reduce((p, q) => p * q, 1);
    const out = heap.alloc(a.keepDims ? [...x.shape.slice(0, k).map(() => 1), ...rest] : rest);
    const values = heap.view(x);
    const acc = new Float64Array(c);
    for (let i = 0, base = 0; i < m; i++, base += c) {
      for (let j = 0; j < c; j++) acc[j] = acc[j]! + values[base + j]!;
    }
    heap.view(out).set(acc);
    return out as ReturnType<KernelFunc>;
  };
}
