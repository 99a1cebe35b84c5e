// Browser side of scripts/bench-train/wasmThreads.ts: the wasm backend with a given number of
// threads (the threaded SIMD build needs this page to be cross-origin isolated), measured.
import * as tf from '@tensorflow/tfjs';
import * as wasm from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import { installFastKernels } from '../../src/ml/kernels/installFastKernels.ts';
import type { ModelKind } from '../../src/ml/models/buildModels.ts';
import { measureThroughput, type ThroughputOptions } from '../../src/ml/train/measureThroughput.ts';

export interface ThreadsBenchRequest {
  /** 0: the single-threaded SIMD build; n ≥ 1: the threaded build with n threads. */
  readonly threads: number;
  readonly models: readonly ModelKind[];
  readonly options: ThroughputOptions;
}

export interface ThreadsBenchRow {
  readonly model: ModelKind;
  readonly isolated: boolean;
  readonly threads: number;
  readonly samplesPerSecond: number;
}

/**
 * tfjs 4.22's C++ caps the thread pool at navigator.hardwareConcurrency / 2 whatever
 * setThreadsCount asks (backend.cc: `min(…, num_cores)`, num_cores read once when the module
 * starts): to let it use both vCPUs of a 2-core machine, the count it reads is doubled here.
 */
function doubleReportedCores(): void {
  const cores = navigator.hardwareConcurrency;
  Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => cores * 2 });
}

export async function benchWasmThreads(request: ThreadsBenchRequest): Promise<ThreadsBenchRow[]> {
  if (request.threads > navigator.hardwareConcurrency / 2) doubleReportedCores();
  if (request.threads === 0) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  else wasm.setThreadsCount(request.threads);
  wasm.setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });
  if (!(await tf.setBackend('wasm'))) throw new Error('wasm did not start');
  await tf.ready();
  installFastKernels('wasm');
  const threads = wasm.getThreadsCount();
  console.log(
    `threads: asked ${request.threads}, XNNPACK has ${threads}, cores ${navigator.hardwareConcurrency}`,
  );
  const data = await loadMnistAsset('/data/mnist-default.json');
  const rows: ThreadsBenchRow[] = [];
  for (const model of request.models) {
    const result = await measureThroughput(model, data.train, request.options);
    rows.push({
      model,
      isolated: crossOriginIsolated,
      threads,
      samplesPerSecond: result.samplesPerSecond,
    });
  }
  return rows;
}
