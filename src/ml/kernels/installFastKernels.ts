import { makeBatchMatMulTransposeA } from './batchMatMul.ts';
import { makeFastFilterGradient } from './convFilterGradient.ts';
import { makeFastInputGradient } from './convInputGradient.ts';
import { overrideKernel } from './kernelTypes.ts';
import { makeFastMaxPoolGrad } from './maxPoolGrad.ts';
import { makeSumLeadingAxes } from './sumLeadingAxes.ts';

export type FastKernel =
  | 'convFilter'
  | 'convInput'
  | 'maxPoolGrad'
  | 'matMulTransposeA'
  | 'sumLeadingAxes';

/**
 * What measured faster than the stock kernels (see `npm run bench:train`). sumLeadingAxes is
 * available but measured no faster end to end on wasm, so it is not installed by default.
 */
export const FAST_KERNELS: Readonly<Record<string, readonly FastKernel[]>> = Object.freeze({
  wasm: ['convFilter', 'convInput', 'maxPoolGrad', 'matMulTransposeA'],
  cpu: ['convFilter'],
  webgl: [],
});

/**
 * Installs the faster kernels for `backendName` (default: FAST_KERNELS). Idempotent; returns a
 * function restoring the stock kernels.
 */
export function installFastKernels(
  backendName: string,
  kernels: readonly FastKernel[] = FAST_KERNELS[backendName] ?? [],
): () => void {
  const restores = kernels.map((k) => {
    if (k === 'convFilter') {
      return overrideKernel('Conv2DBackpropFilter', backendName, (prev) =>
        makeFastFilterGradient(backendName, prev),
      );
    }
    if (k === 'convInput') {
      return overrideKernel('Conv2DBackpropInput', backendName, (prev) =>
        makeFastInputGradient(backendName, prev),
      );
    }
    if (k === 'maxPoolGrad') {
      return overrideKernel('MaxPoolGrad', backendName, (prev) => makeFastMaxPoolGrad(prev));
    }
    if (k === 'sumLeadingAxes') {
      return overrideKernel('Sum', backendName, (prev) => {
        if (!prev) throw new Error(`${backendName}: no Sum kernel`);
        return makeSumLeadingAxes(prev);
      });
    }
    return overrideKernel('BatchMatMul', backendName, (prev) => {
      if (!prev) throw new Error(`${backendName}: no BatchMatMul kernel`);
      return makeBatchMatMulTransposeA(backendName, prev);
    });
  });
  return () => {
    for (const restore of restores.reverse()) restore();
  };
}
