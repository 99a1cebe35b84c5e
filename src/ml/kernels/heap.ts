import type { TensorInfo } from './kernelTypes.ts';

/**
 * Direct access to a backend's float32 storage, for kernels written as plain loops: on wasm the
 * tensors live in the module's heap (a kernel registered from JS can read and write them in
 * place), on cpu in typed arrays. Allocate every output first, then take the views: allocating
 * on wasm may grow its memory, which detaches views taken earlier.
 */
export interface Heap {
  /** A new float32 tensor (uninitialised on wasm: fill it). */
  alloc(shape: number[]): TensorInfo;
  view(info: TensorInfo): Float32Array;
  free(info: TensorInfo): void;
}

interface WasmLike {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
  disposeData(dataId: object): unknown;
}

interface CpuLike {
  makeTensorInfo(shape: number[], dtype: 'float32', values?: Float32Array): TensorInfo;
  data: { get(dataId: object): { values?: unknown } | undefined };
  disposeData(dataId: object): unknown;
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** The heap of `backend` (wasm or cpu), or undefined for any other backend. */
export function heapOf(backend: unknown): Heap | undefined {
  const b = backend as Partial<WasmLike & CpuLike>;
  if (typeof b.typedArrayFromHeap === 'function' && typeof b.makeOutput === 'function') {
    const w = backend as WasmLike;
    return {
      alloc: (shape) => w.makeOutput(shape, 'float32'),
      view: (info) => w.typedArrayFromHeap(info),
      free: (info) => void w.disposeData(info.dataId),
    };
  }
  if (typeof b.makeTensorInfo === 'function' && b.data && typeof b.data.get === 'function') {
    const c = backend as CpuLike;
    return {
      alloc: (shape) => c.makeTensorInfo(shape, 'float32', new Float32Array(size(shape))),
      view: (info) => {
        const values = c.data.get(info.dataId)?.values;
        if (!(values instanceof Float32Array)) throw new Error('cpu tensor is not float32');
        return values;
      },
      free: (info) => void c.disposeData(info.dataId),
    };
  }
  return undefined;
}
