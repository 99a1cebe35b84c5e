import * as tf from '@tensorflow/tfjs';

/** Kernel-level types (tfjs-core's, not re-exported by @tensorflow/tfjs). */
export type KernelConfig = NonNullable<ReturnType<typeof tf.getKernel>>;
export type KernelFunc = KernelConfig['kernelFunc'];
export type KernelArgs = Parameters<KernelFunc>[0];

export interface TensorInfo {
  dataId: object;
  shape: number[];
  dtype: tf.DataType;
}

export interface KernelBackend {
  disposeData(dataId: object, force?: boolean): boolean | undefined;
  incRef?(dataId: object): void;
  /** wasm keeps its reference counts here and has no incRef. */
  dataIdMap?: { get(dataId: object): { refCount: number } | undefined };
}

/** One more backend reference to `dataId` (cpu/webgl: incRef; wasm: its data map). */
function incRef(backend: KernelBackend, dataId: object): void {
  const entry = backend.dataIdMap?.get(dataId);
  if (entry) entry.refCount++;
  else if (backend.incRef) backend.incRef(dataId);
  else throw new Error('backend without reference counts');
}

const MARK = Symbol.for('live-lecture-deck.fastKernel');

/** Calls another kernel of the same backend directly (no engine bookkeeping). */
export function callKernel(
  f: KernelFunc,
  args: KernelArgs,
  inputs: object,
  attrs: object,
): TensorInfo {
  return f({ inputs, backend: args.backend, attrs } as KernelArgs) as TensorInfo;
}

export function kernelOf(name: string, backendName: string): KernelFunc {
  const f = tf.getKernel(name, backendName)?.kernelFunc;
  if (!f) throw new Error(`${backendName}: no ${name} kernel`);
  return f;
}

/**
 * A kernel written with ordinary tf ops: inputs are wrapped as tensors, `body` runs inside
 * tf.tidy (nested ops are not recorded on the gradient tape while a kernel runs). The backend
 * keeps reference counts per data id: each wrapper takes a reference (so disposing it does not
 * free the caller's data) and the result keeps one that the engine's output tensor inherits.
 */
export function opsKernel(
  body: (inputs: Record<string, tf.Tensor>, attrs: Record<string, unknown>) => tf.Tensor,
): KernelFunc {
  return (args) => {
    const engine = tf.engine();
    const backend = args.backend as unknown as KernelBackend;
    const result = tf.tidy(() => {
      const tensors: Record<string, tf.Tensor> = {};
      for (const [name, info] of Object.entries(args.inputs)) {
        if (!info) continue;
        incRef(backend, (info as TensorInfo).dataId);
        tensors[name] = engine.makeTensorFromTensorInfo(info as TensorInfo);
      }
      return body(tensors, args.attrs as unknown as Record<string, unknown>);
    });
    const out: TensorInfo = { dataId: result.dataId, shape: result.shape, dtype: result.dtype };
    incRef(backend, out.dataId);
    result.dispose();
    return out as ReturnType<KernelFunc>;
  };
}

/**
 * Replaces `kernelName` on `backendName` with `make(previous)`; idempotent. Returns a function
 * restoring the previous kernel. tfjs's kernel registry is global to the page.
 */
export function overrideKernel(
  kernelName: string,
  backendName: string,
  make: (previous: KernelFunc | undefined) => KernelFunc,
): () => void {
  const previous = tf.getKernel(kernelName, backendName);
  if (previous && (previous as unknown as Record<symbol, boolean>)[MARK]) return () => {};
  if (previous) tf.unregisterKernel(kernelName, backendName);
  tf.registerKernel({
    kernelName,
    backendName,
    kernelFunc: make(previous?.kernelFunc),
    [MARK]: true,
  } as KernelConfig);
  return () => {
    tf.unregisterKernel(kernelName, backendName);
    if (previous) tf.registerKernel(previous);
  };
}
