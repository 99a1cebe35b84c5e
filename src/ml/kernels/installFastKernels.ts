import { makeBatchMatMulTransposeA } from './batchMatMul.ts';
import { makeFastFilterGradient } from './convFilterGradient.ts';
import { makeGemmFilterGradient, makeGemmInputGradient } from './convGemm.ts';
import { makeFastInputGradient } from './convInputGradient.ts';
import { type KernelFunc, overrideKernel } from './kernelTypes.ts';
import { makeFastMaxPoolGrad } from './maxPoolGrad.ts';
import { makeSharedIdentity } from './shareIdentity.ts';
import { makeSumLeadingAxes } from './sumLeadingAxes.ts';

/**
 * convFilter/convInput: the conv gradients as convolutions; convFilterGemm/convInputGemm: as
 * matrix products where that measured faster (GEMM_PREFERRED), else as convolutions.
 */
export type FastKernel =
  | 'convFilter'
  | 'convInput'
  | 'convFilterGemm'
  | 'convInputGemm'
  | 'maxPoolGrad'
  | 'matMulTransposeA'
  | 'sumLeadingAxes'
  | 'sharedIdentity';

/**
 * What measured faster than the stock kernels (`npx tsx scripts/profile-train.ts`, and
 * `npm run bench:train`); see "Where a training step's time goes" in src/ml/README.md.
 */
export const FAST_KERNELS: Readonly<Record<string, readonly FastKernel[]>> = Object.freeze({
  wasm: [
    'convFilterGemm',
    'convInputGemm',
    'maxPoolGrad',
    'matMulTransposeA',
    'sumLeadingAxes',
    'sharedIdentity',
  ],
  cpu: ['convFilter'],
  webgl: [],
});

const needs = (backendName: string, name: string, prev: KernelFunc | undefined): KernelFunc => {
  if (!prev) throw new Error(`${backendName}: no ${name} kernel`);
  return prev;
};

/** Kernel name and the factory of its replacement, per fast kernel. */
const OVERRIDES: Record<
  FastKernel,
  [string, (backendName: string, prev: KernelFunc | undefined) => KernelFunc]
> = {
  convFilter: ['Conv2DBackpropFilter', (b, prev) => makeFastFilterGradient(b, prev)],
  convInput: ['Conv2DBackpropInput', (b, prev) => makeFastInputGradient(b, prev)],
  convFilterGemm: [
    'Conv2DBackpropFilter',
    (b, prev) => makeGemmFilterGradient(b, makeFastFilterGradient(b, prev)),
  ],
  convInputGemm: [
    'Conv2DBackpropInput',
    (b, prev) => makeGemmInputGradient(b, makeFastInputGradient(b, prev)),
  ],
  maxPoolGrad: ['MaxPoolGrad', (_b, prev) => makeFastMaxPoolGrad(prev)],
  sumLeadingAxes: ['Sum', (b, prev) => makeSumLeadingAxes(needs(b, 'Sum', prev))],
  sharedIdentity: ['Identity', (b, prev) => makeSharedIdentity(needs(b, 'Identity', prev))],
  matMulTransposeA: [
    'BatchMatMul',
    (b, prev) => makeBatchMatMulTransposeA(b, needs(b, 'BatchMatMul', prev)),
  ],
};

/**
 * Installs the faster kernels for `backendName` (default: FAST_KERNELS). Idempotent (one
 * replacement per kernel name: the first listed wins); returns a function restoring the stock
 * kernels.
 */
export function installFastKernels(
  backendName: string,
  kernels: readonly FastKernel[] = FAST_KERNELS[backendName] ?? [],
): () => void {
  const restores = kernels.map((k) => {
    const [kernelName, make] = OVERRIDES[k];
    return overrideKernel(kernelName, backendName, (prev) => make(backendName, prev));
  });
  return () => {
    for (const restore of restores.reverse()) restore();
  };
}
