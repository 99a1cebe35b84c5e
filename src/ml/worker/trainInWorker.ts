import * as tf from '@tensorflow/tfjs';
import type { DataDescriptor } from '../data/types.ts';
import { compileLikeLecture } from '../models/compile.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
import { weightBuffers } from '../train/weightArrays.ts';
import { isFromWorker, type TrainRequest } from './protocol.ts';

export interface WorkerTrainingCallbacks {
  readonly onBackend?: (name: string, detail: string) => void;
  readonly onData?: (descriptor: DataDescriptor, trainCount: number) => void;
  readonly onBatch?: (logs: BatchLogs) => void;
  readonly onEpoch?: (logs: EpochLogs) => void;
  readonly signal?: AbortSignal;
}

export interface WorkerTrainingResult {
  readonly history: History;
  /** On the data's test split. */
  readonly evaluation: Evaluation;
  /** The trained model on this page's backend, compiled; dispose it (disposeModel) when done. */
  readonly model: tf.LayersModel;
}

/**
 * Trains in a Worker (so the page stays responsive) and returns the trained model here.
 * `createWorker` is injected so the bundler sees `new Worker(new URL(...), { type: 'module' })`
 * at the call site, e.g. `() => new Worker(new URL('../ml/worker/trainWorker.ts',
 * import.meta.url), { type: 'module' })`. The worker is terminated when training ends.
 * `request.initialWeights` (if any) are transferred: their buffers are unusable here afterwards.
 */
export function trainInWorker(
  createWorker: () => Worker,
  request: Omit<TrainRequest, 'type'>,
  callbacks: WorkerTrainingCallbacks = {},
): Promise<WorkerTrainingResult> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const finish = () => {
      callbacks.signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => worker.postMessage({ type: 'cancel' });
    if (callbacks.signal?.aborted) {
      finish();
      reject(new DOMException('Training was cancelled', 'AbortError'));
      return;
    }
    callbacks.signal?.addEventListener('abort', cancel);
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'training worker failed'));
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const m = event.data;
      if (!isFromWorker(m)) return;
      if (m.type === 'backend') callbacks.onBackend?.(m.name, m.detail);
      else if (m.type === 'data') callbacks.onData?.(m.descriptor, m.trainCount);
      else if (m.type === 'batch') callbacks.onBatch?.(m.logs);
      else if (m.type === 'epoch') callbacks.onEpoch?.(m.logs);
      else if (m.type === 'cancelled') {
        finish();
        reject(new DOMException('Training was cancelled', 'AbortError'));
      } else if (m.type === 'error') {
        finish();
        reject(new Error(m.message));
      } else {
        finish();
        const { modelTopology, weightSpecs, weightData } = m.artifacts;
        tf.loadLayersModel(
          tf.io.fromMemory({
            modelTopology,
            weightSpecs: weightSpecs as tf.io.WeightsManifestEntry[],
            weightData,
          }),
        ).then((model) => {
          compileLikeLecture(model);
          resolve({ history: m.history, evaluation: m.evaluation, model });
        }, reject);
      }
    };
    const transfer = request.initialWeights ? weightBuffers(request.initialWeights) : [];
    worker.postMessage({ type: 'train', ...request }, transfer);
  });
}
