import type { KernelBackend, KernelFunc, TensorInfo } from './kernelTypes.ts';

/**
 * Identity that shares its input's memory (one more reference) instead of copying it, as tfjs's
 * cpu backend and every backend's Reshape do. tfjs-wasm copies, and a training step's gradients
 * pass several activation-sized tensors through Identity. Strings go to the stock kernel.
 */
export function makeSharedIdentity(stock: KernelFunc): KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const backend = args.backend as unknown as KernelBackend;
    if (x.dtype === 'string' || !backend.incRef) return stock(args);
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype } as ReturnType<KernelFunc>;
  };
}
