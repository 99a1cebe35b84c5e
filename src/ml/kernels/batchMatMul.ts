import {
  callKernel,
  type KernelBackend,
  type KernelFunc,
  kernelOf,
  type TensorInfo,
} from './kernelTypes.ts';

/**
 * tfjs-wasm's BatchMatMul is fast (XNNPACK) except with transposeA, which a Dense layer's kernel
 * gradient (xᵀ · dy) uses: there it is ~20× slower. Transposing `a` first is far cheaper.
 */
export function makeBatchMatMulTransposeA(backendName: string, stock: KernelFunc): KernelFunc {
  const transpose = kernelOf('Transpose', backendName);
  return (args) => {
    const attrs = args.attrs as unknown as { transposeA: boolean; transposeB: boolean };
    if (!attrs.transposeA) return stock(args);
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const rank = a.shape.length;
    const perm = [...Array(rank).keys()];
    perm[rank - 2] = rank - 1;
    perm[rank - 1] = rank - 2;
    const aT = callKernel(transpose, args, { x: a }, { perm });
    const out = callKernel(stock, args, { a: aT, b }, { ...attrs, transposeA: false });
    (args.backend as unknown as KernelBackend).disposeData(aT.dataId);
    return out as ReturnType<KernelFunc>;
  };
}
