import * as tf from '@tensorflow/tfjs';
import type { DataDescriptor } from '../data/types.ts';
import { compileLikeLecture } from '../models/compile.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
import type { FitRun, FitSpeed, ProbeOptions } from '../train/measureThroughput.ts';
import { weightBuffers } from '../train/weightArrays.ts';
import { isFromWorker, type TrainRequest } from './protocol.ts';

export interface WorkerTrainingCallbacks {
  readonly onBackend?: (name: string, detail: string) => void;
  readonly onData?: (descriptor: DataDescriptor, trainCount: number) => void;
  readonly onBatch?: (logs: BatchLogs) => void;
  readonly onEpoch?: (logs: EpochLogs) => void;
  readonly signal?: AbortSignal;
  /** Measure before training (a warm-up in the Worker); see `onMeasured`. */
  readonly probe?: ProbeOptions;
  /**
   * With `probe`: the measured speed; resolve to what to train (the Worker trains nothing
   * until then). Without it the full request runs. A rejection cancels.
   */
  readonly onMeasured?: (speed: FitSpeed) => Promise<FitRun>;
}

export interface WorkerTrainingResult {
  readonly history: History;
  /** On the data's test split; `count` 0 (NaN loss and accuracy) when the run said not to. */
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
 * Aborting `callbacks.signal` terminates the Worker at once (whatever it is doing: loading,
 * measuring, in a batch) and rejects with an AbortError.
 */
export function trainInWorker(
  createWorker: () => Worker,
  request: Omit<TrainRequest, 'type'>,
  callbacks: WorkerTrainingCallbacks = {},
): Promise<WorkerTrainingResult> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    let settled = false;
    const finish = () => {
      settled = true;
      callbacks.signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      finish();
      reject(error);
    };
    const cancel = () => fail(new DOMException('Training was cancelled', 'AbortError'));
    if (callbacks.signal?.aborted) {
      cancel();
      return;
    }
    callbacks.signal?.addEventListener('abort', cancel);
    worker.onerror = (event) => fail(new Error(event.message || 'training worker failed'));
    worker.onmessageerror = () => fail(new Error('training worker: a message could not be read'));
    const go = (speed: FitSpeed) => {
      const full: FitRun = {
        limit: request.limit ?? 2 ** 30,
        epochs: request.epochs,
        evaluate: true,
      };
      const decided = callbacks.onMeasured ? callbacks.onMeasured(speed) : Promise.resolve(full);
      decided.then((run) => {
        if (!settled) worker.postMessage({ type: 'go', ...run });
      }, fail);
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const m = event.data;
      if (settled) return;
      // A message that breaks the protocol ends the fit with an error instead of leaving it
      // waiting for a reply that will never come (as loadInWorker does).
      if (!isFromWorker(m)) {
        fail(new Error('training worker: malformed message'));
        return;
      }
      if (m.type === 'backend') callbacks.onBackend?.(m.name, m.detail);
      else if (m.type === 'data') callbacks.onData?.(m.descriptor, m.trainCount);
      else if (m.type === 'measured') {
        go(m.speed); // checked with the rest of the message (FitSpeedSchema)
      } else if (m.type === 'batch') callbacks.onBatch?.(m.logs);
      else if (m.type === 'epoch') callbacks.onEpoch?.(m.logs);
      else if (m.type === 'cancelled')
        fail(new DOMException('Training was cancelled', 'AbortError'));
      else if (m.type === 'error') fail(new Error(m.message));
      else {
        finish();
        const { modelTopology, weightSpecs, weightData } = m.artifacts;
        const evaluation = m.evaluation ?? { loss: Number.NaN, accuracy: Number.NaN, count: 0 };
        tf.loadLayersModel(
          tf.io.fromMemory({
            modelTopology,
            weightSpecs: weightSpecs as tf.io.WeightsManifestEntry[],
            weightData,
          }),
        ).then((model) => {
          compileLikeLecture(model);
          resolve({ history: m.history, evaluation, model });
        }, reject);
      }
    };
    const probe = request.probe ?? callbacks.probe;
    const transfer = request.initialWeights ? weightBuffers(request.initialWeights) : [];
    worker.postMessage(
      { type: 'train', ...request, ...(probe === undefined ? {} : { probe }) },
      transfer,
    );
  });
}
