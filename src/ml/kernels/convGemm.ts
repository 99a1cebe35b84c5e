import { isUnitStride } from './convFilterGradient.ts';
import { heapOf } from './heap.ts';
import {
  callKernel,
  type KernelArgs,
  type KernelFunc,
  kernelOf,
  type TensorInfo,
} from './kernelTypes.ts';

/**
 * The gradients of a stride-1 'valid' NHWC convolution as one matrix product each, with the
 * patch rearrangement (im2col / col2im) written as loops over the backend's memory and the
 * product on the backend's BatchMatMul (XNNPACK's GEMM on wasm). With P = N·OH·OW output
 * positions and K = KH·KW·Cin patch values:
 *   filter gradient  dW[K, Cout] = colsᵀ[K, P] · dy[P, Cout]
 *   input gradient   dcols[P, K] = dy[P, Cout] · Wᵀ[Cout, K], then summed back into dx (col2im)
 * The products do exactly the forward convolution's multiply-adds, where the convolution-based
 * gradients (convFilterGradient.ts, convInputGradient.ts) run XNNPACK's convolution on shapes it
 * is slow for (an 11 × 11 kernel over a batch of 32) or on zero padding (up to 2.8× the work).
 */

interface ConvAttrs {
  strides: number | [number, number];
  pad: unknown;
  dataFormat?: string;
  dilations?: number | [number, number];
  dimRoundingMode?: unknown;
}

const simple = (attrs: ConvAttrs, ...tensors: TensorInfo[]) =>
  isUnitStride(attrs.strides) &&
  (attrs.dilations === undefined || isUnitStride(attrs.dilations)) &&
  attrs.pad === 'valid' &&
  (attrs.dataFormat ?? 'NHWC') === 'NHWC' &&
  tensors.every((t) => t.dtype === 'float32' && t.shape.length === 4);

/** [M, K] · [K, N] on the backend's BatchMatMul; inputs given as flat tensors. */
function matMul(
  backendName: string,
  args: KernelArgs,
  a: TensorInfo,
  b: TensorInfo,
  [m, k, n]: [number, number, number],
) {
  return callKernel(
    kernelOf('BatchMatMul', backendName),
    args,
    { a: { ...a, shape: [1, m, k] }, b: { ...b, shape: [1, k, n] } },
    { transposeA: false, transposeB: false },
  );
}

/**
 * Where the product measured faster than the convolution-based gradient on wasm (per CPU
 * second, scripts/profile-train.ts): the filter gradient with few input channels (the first
 * layer: 4×), the input gradient when the zero padding would more than double the work.
 */
export const GEMM_PREFERRED = Object.freeze({
  filter: (x: TensorInfo) => (x.shape[3] ?? 0) < 8,
  input: (inputShape: number[], dy: TensorInfo) =>
    (inputShape[1] ?? 0) * (inputShape[2] ?? 0) >= 2 * (dy.shape[1] ?? 0) * (dy.shape[2] ?? 0),
});

/**
 * The filter gradient as colsᵀ · dy where `prefer` says so (default GEMM_PREFERRED) and the
 * convolution is stride 1, 'valid', NHWC, float32; everything else goes to `fallback`.
 */
export function makeGemmFilterGradient(
  backendName: string,
  fallback?: KernelFunc,
  prefer: (x: TensorInfo) => boolean = GEMM_PREFERRED.filter,
): KernelFunc {
  return (args) => {
    const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
    const attrs = args.attrs as unknown as ConvAttrs & { filterShape: number[] };
    const heap = heapOf(args.backend);
    if (!heap || !simple(attrs, x, dy) || !prefer(x)) {
      if (fallback) return fallback(args);
      throw new Error(`Conv2DBackpropFilter on ${backendName}: only stride 1, 'valid', NHWC`);
    }
    const [n = 0, h = 0, w = 0, cin = 0] = x.shape;
    const [, oh = 0, ow = 0, cout = 0] = dy.shape;
    const kh = h - oh + 1;
    const kw = w - ow + 1;
    const k = kh * kw * cin;
    const p = n * oh * ow;
    const colsT = heap.alloc([k, p]);
    const cols = heap.view(colsT);
    const xs = heap.view(x);
    // row (i, j, ci) of colsᵀ: x[b, r + i, q + j, ci] for every output position (b, r, q)
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        for (let ci = 0; ci < cin; ci++) {
          let d = ((i * kw + j) * cin + ci) * p;
          for (let b = 0; b < n; b++) {
            for (let r = 0; r < oh; r++) {
              let s = ((b * h + r + i) * w + j) * cin + ci;
              for (let q = 0; q < ow; q++, s += cin) cols[d++] = xs[s]!;
            }
          }
        }
      }
    }
    const out = matMul(backendName, args, colsT, dy, [k, p, cout]);
    heap.free(colsT);
    return { ...out, shape: [kh, kw, cin, cout] } as ReturnType<KernelFunc>;
  };
}

/** The input gradient as dy · Wᵀ and col2im, where `prefer` says so; else `fallback`. */
export function makeGemmInputGradient(
  backendName: string,
  fallback?: KernelFunc,
  prefer: (inputShape: number[], dy: TensorInfo) => boolean = GEMM_PREFERRED.input,
): KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
    const attrs = args.attrs as unknown as ConvAttrs & { inputShape: number[] };
    const heap = heapOf(args.backend);
    if (!heap || !simple(attrs, dy, filter) || !prefer(attrs.inputShape, dy)) {
      if (fallback) return fallback(args);
      throw new Error(`Conv2DBackpropInput on ${backendName}: only stride 1, 'valid', NHWC`);
    }
    const [n = 0, h = 0, w = 0, cin = 0] = attrs.inputShape;
    const [kh = 0, kw = 0, , cout = 0] = filter.shape;
    const [, oh = 0, ow = 0] = dy.shape;
    const k = kh * kw * cin;
    const p = n * oh * ow;
    const wT = heap.alloc([cout, k]);
    {
      const src = heap.view(filter);
      const dst = heap.view(wT);
      for (let r = 0; r < k; r++)
        for (let c = 0; c < cout; c++) dst[c * k + r] = src[r * cout + c]!;
    }
    const dcolsInfo = matMul(backendName, args, dy, wT, [p, cout, k]);
    heap.free(wT);
    const out = heap.alloc([n, h, w, cin]);
    const dx = heap.view(out);
    const dcols = heap.view(dcolsInfo);
    dx.fill(0);
    let s = 0;
    for (let b = 0; b < n; b++) {
      for (let r = 0; r < oh; r++) {
        for (let q = 0; q < ow; q++) {
          for (let i = 0; i < kh; i++) {
            let d = ((b * h + r + i) * w + q) * cin;
            for (let e = kw * cin; e > 0; e--, d++, s++) dx[d] = dx[d]! + dcols[s]!;
          }
        }
      }
    }
    heap.free(dcolsInfo);
    return out as ReturnType<KernelFunc>;
  };
}
