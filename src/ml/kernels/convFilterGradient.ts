import {
  callKernel,
  type KernelBackend,
  type KernelFunc,
  kernelOf,
  type TensorInfo,
} from './kernelTypes.ts';

interface FilterAttrs {
  strides: number | [number, number];
  pad: unknown;
  dataFormat?: string;
}

export const isUnitStride = (v: number | [number, number]) =>
  Array.isArray(v) ? v[0] === 1 && v[1] === 1 : v === 1;

/**
 * Conv2DBackpropFilter of a stride-1 'valid' NHWC convolution as one more convolution:
 *   dW[kh, kw, ci, co] = Σ_{n, oh, ow} x[n, oh + kh, ow + kw, ci] · dy[n, oh, ow, co]
 * is conv2d(x transposed to (Cin, H, W, N), dy transposed to (OH, OW, N, Cout)), which gives
 * (Cin, KH, KW, Cout), transposed back to (KH, KW, Cin, Cout). It runs on the backend's fast
 * Conv2D (XNNPACK on wasm) instead of tfjs's serial loop, and exists where tfjs has none (wasm).
 * Other configurations go to `fallback` (the stock kernel), or throw when there is none.
 */
export function makeFastFilterGradient(backendName: string, fallback?: KernelFunc): KernelFunc {
  const conv = kernelOf('Conv2D', backendName);
  const transpose = kernelOf('Transpose', backendName);
  return (args) => {
    const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
    const attrs = args.attrs as unknown as FilterAttrs;
    const simple =
      isUnitStride(attrs.strides) &&
      attrs.pad === 'valid' &&
      (attrs.dataFormat ?? 'NHWC') === 'NHWC' &&
      x.shape.length === 4;
    if (!simple) {
      if (fallback) return fallback(args);
      throw new Error(`Conv2DBackpropFilter on ${backendName}: only stride 1, 'valid', NHWC`);
    }
    const xT = callKernel(transpose, args, { x }, { perm: [3, 1, 2, 0] });
    const dyT = callKernel(transpose, args, { x: dy }, { perm: [1, 2, 0, 3] });
    const out = callKernel(
      conv,
      args,
      { x: xT, filter: dyT },
      { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [1, 1] },
    );
    const result = callKernel(transpose, args, { x: out }, { perm: [1, 2, 0, 3] });
    const backend = args.backend as unknown as KernelBackend;
    for (const t of [xT, dyT, out]) backend.disposeData(t.dataId);
    return result as ReturnType<KernelFunc>;
  };
}
