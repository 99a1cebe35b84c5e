import * as tf from '@tensorflow/tfjs';
import { heapOf } from './heap.ts';
import type { KernelFunc, TensorInfo } from './kernelTypes.ts';

interface PoolAttrs {
  filterSize: number | [number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same' | number;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/**
 * MaxPoolGrad (NHWC) as one loop over the backend's own memory: per window, the first maximum
 * of the input (in row-major order, as tfjs's cpu kernel and TensorFlow pick it) receives dy,
 * summed where overlapping windows share a maximum. tfjs-wasm's stock kernel, and the argmax +
 * scatter pair it replaced here, each take several times longer than the ~3 M reads this needs.
 * Non-float32 tensors and backends without a heap (webgl) go to the stock kernel.
 */
export function makeFastMaxPoolGrad(fallback?: KernelFunc): KernelFunc {
  return (args) => {
    const { dy, input } = args.inputs as { dy: TensorInfo; input: TensorInfo };
    const a = args.attrs as unknown as PoolAttrs;
    const heap = heapOf(args.backend);
    if (!heap || input.dtype !== 'float32' || dy.dtype !== 'float32' || input.shape.length !== 4) {
      if (fallback) return fallback(args);
      throw new Error('MaxPoolGrad: only float32 NHWC on wasm or cpu');
    }
    const info = tf.backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      a.filterSize,
      a.strides,
      1,
      a.pad,
      a.dimRoundingMode,
    );
    const out = heap.alloc(input.shape);
    const dx = heap.view(out);
    const x = heap.view(input);
    const g = heap.view(dy);
    dx.fill(0);
    const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth } = info;
    const { strideHeight, strideWidth, filterHeight, filterWidth } = info;
    const { top, left } = info.padInfo;
    const pool2 =
      filterHeight === 2 && filterWidth === 2 && strideHeight === 2 && strideWidth === 2;
    const inside = 2 * outHeight <= inHeight && 2 * outWidth <= inWidth;
    if (pool2 && top === 0 && left === 0 && inside) {
      pool2x2(x, g, dx, info);
      return out as ReturnType<KernelFunc>;
    }
    // channels innermost (contiguous in NHWC); per channel the window is scanned row-major
    const best = new Float32Array(c);
    const at = new Int32Array(c);
    let o = 0;
    for (let n = 0; n < batchSize; n++) {
      const xn = n * inHeight * inWidth * c;
      for (let oh = 0; oh < outHeight; oh++) {
        const r0 = oh * strideHeight - top;
        const rMin = Math.max(0, r0);
        const rMax = Math.min(inHeight, r0 + filterHeight);
        for (let ow = 0; ow < outWidth; ow++, o += c) {
          const c0 = ow * strideWidth - left;
          const cMin = Math.max(0, c0);
          const cMax = Math.min(inWidth, c0 + filterWidth);
          best.fill(Number.NEGATIVE_INFINITY);
          at.fill(-1);
          for (let r = rMin; r < rMax; r++) {
            for (let q = cMin; q < cMax; q++) {
              const base = xn + (r * inWidth + q) * c;
              for (let ch = 0; ch < c; ch++) {
                const v = x[base + ch]!;
                if (v > best[ch]!) {
                  best[ch] = v;
                  at[ch] = base + ch;
                }
              }
            }
          }
          for (let ch = 0; ch < c; ch++) {
            const k = at[ch]!;
            if (k >= 0) dx[k] = dx[k]! + g[o + ch]!;
          }
        }
      }
    }
    return out as ReturnType<KernelFunc>;
  };
}

/** The lecture's 2 × 2, stride 2, 'valid' pooling: four reads and one write per output value. */
function pool2x2(
  x: Float32Array,
  g: Float32Array,
  dx: Float32Array,
  info: {
    batchSize: number;
    inHeight: number;
    inWidth: number;
    inChannels: number;
    outHeight: number;
    outWidth: number;
  },
): void {
  const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth } = info;
  const row = inWidth * c;
  let o = 0;
  for (let n = 0; n < batchSize; n++) {
    const xn = n * inHeight * row;
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++, o += c) {
        const p = xn + 2 * oh * row + 2 * ow * c;
        for (let ch = 0; ch < c; ch++) {
          const i0 = p + ch;
          const i1 = i0 + c;
          const i2 = i0 + row;
          const i3 = i2 + c;
          let m = x[i0]!;
          let k = i0;
          const v1 = x[i1]!;
          if (v1 > m) {
            m = v1;
            k = i1;
          }
          const v2 = x[i2]!;
          if (v2 > m) {
            m = v2;
            k = i2;
          }
          if (x[i3]! > m) k = i3;
          dx[k] = g[o + ch]!;
        }
      }
    }
  }
}
