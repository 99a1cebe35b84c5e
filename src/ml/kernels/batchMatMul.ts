import {
  callKernel,
  type KernelBackend,
  type KernelFunc,
  kernelOf,
  type TensorInfo,
} from './kernelTypes.ts';

const swapLastTwo = (rank: number) => {
  const perm = [...Array(rank).keys()];
  perm[rank - 2] = rank - 1;
  perm[rank - 1] = rank - 2;
  return perm;
};

/**
 * tfjs-wasm's BatchMatMul is fast (XNNPACK) only without transposes: with transposeA (a Dense
 * layer's kernel gradient xᵀ · dy) it is ~14× slower, with transposeB (the gradient reaching
 * the layer's input, dy · Wᵀ) ~10× (per CPU second, [128, 784] · [784, 512]). Transposing the
 * operand first is far cheaper.
 */
export function makeBatchMatMulTransposeA(backendName: string, stock: KernelFunc): KernelFunc {
  const transpose = kernelOf('Transpose', backendName);
  return (args) => {
    const attrs = args.attrs as unknown as { transposeA: boolean; transposeB: boolean };
    if (!attrs.transposeA && !attrs.transposeB) return stock(args);
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const backend = args.backend as unknown as KernelBackend;
    const aT = attrs.transposeA
      ? callKernel(transpose, args, { x: a }, { perm: swapLastTwo(a.shape.length) })
      : a;
    const bT = attrs.transposeB
      ? callKernel(transpose, args, { x: b }, { perm: swapLastTwo(b.shape.length) })
      : b;
    const out = callKernel(
      stock,
      args,
      { a: aT, b: bT },
      { ...attrs, transposeA: false, transposeB: false },
    );
    if (aT !== a) backend.disposeData(aT.dataId);
    if (bT !== b) backend.disposeData(bT.dataId);
    return out as ReturnType<KernelFunc>;
  };
}
