// Browser checks run by tests/ml on the harness page (IndexedDB, the training Worker).
import * as tf from '@tensorflow/tfjs';
import { type BackendName, chooseBackend } from '../../src/ml/backend.ts';
import { buildModel } from '../../src/ml/models/buildModels.ts';
import { disposeModel } from '../../src/ml/models/kerasRmsprop.ts';
import {
  listSessionModels,
  loadSessionModel,
  removeSessionModel,
  saveSessionModel,
} from '../../src/ml/models/sessionStore.ts';
import { trainInWorker } from '../../src/ml/worker/trainInWorker.ts';

export interface SessionStoreCheck {
  readonly listed: string[];
  readonly sameNames: boolean;
  readonly maxDiff: number;
  readonly afterRemove: string[];
  readonly missing: boolean;
}

/** Saves a model to IndexedDB, lists, reloads and removes it (tests/ml/models/sessionStore). */
export async function checkSessionStore(): Promise<SessionStoreCheck> {
  await chooseBackend({ prefer: ['cpu'] });
  const model = buildModel('dense', { seed: 5 });
  await saveSessionModel(model, 'check/dense');
  const listed = (await listSessionModels()).map((m) => m.key);
  const loaded = await loadSessionModel('check/dense');
  if (!loaded) throw new Error('saved model not found');
  const x = tf.randomUniform([3, 784]);
  const a = (model.predict(x) as tf.Tensor).dataSync();
  const b = (loaded.predict(x) as tf.Tensor).dataSync();
  const maxDiff = Math.max(...Array.from(a, (v, i) => Math.abs(v - (b[i] ?? Number.NaN))));
  const sameNames =
    loaded.layers.map((l) => l.name).join() === model.layers.map((l) => l.name).join();
  await removeSessionModel('check/dense');
  const afterRemove = (await listSessionModels()).map((m) => m.key);
  const missing = (await loadSessionModel('check/dense')) === undefined;
  return { listed, sameNames, maxDiff, afterRemove, missing };
}

export interface WorkerTrainingCheck {
  readonly backend: string;
  readonly dataName: string;
  readonly trainCount: number;
  readonly epochs: number[];
  /** Seconds of each epoch (1,024 digits), for comparing Worker and page speed. */
  readonly epochSeconds: number[];
  readonly batches: number;
  readonly testAccuracy: number;
  readonly layerNames: string[];
  readonly predictedRows: number;
  readonly cancelled: string;
}

/** Trains the dense model on 1,024 digits in the Worker, then cancels a second run. */
export async function checkWorkerTraining(): Promise<WorkerTrainingCheck> {
  await chooseBackend({ prefer: ['cpu'] });
  const create = () =>
    new Worker(new URL('../../src/ml/worker/trainWorker.ts', import.meta.url), { type: 'module' });
  const dataUrl = new URL('/data/mnist-default.json', location.href).href;
  let backend = '';
  let dataName = '';
  let trainCount = 0;
  let batches = 0;
  const epochs: number[] = [];
  const epochSeconds: number[] = [];
  const result = await trainInWorker(
    create,
    { kind: 'dense', epochs: 2, batchSize: 128, seed: 1, dataUrl, limit: 1024 },
    {
      onBackend: (name) => {
        backend = name;
      },
      onData: (descriptor, count) => {
        dataName = descriptor.name;
        trainCount = count;
      },
      onBatch: () => {
        batches++;
      },
      onEpoch: (logs) => {
        epochs.push(logs.epoch);
        epochSeconds.push(logs.seconds);
      },
    },
  );
  const predicted = tf.tidy(() => (result.model.predict(tf.zeros([2, 784])) as tf.Tensor).shape[0]);
  const layerNames = result.model.layers.map((l) => l.name);
  disposeModel(result.model);
  const controller = new AbortController();
  const second = trainInWorker(
    create,
    { kind: 'convnet', epochs: 5, batchSize: 32, dataUrl },
    { onBatch: () => controller.abort(), signal: controller.signal },
  );
  const cancelled = await second.then(
    () => 'finished',
    (error: unknown) => (error instanceof DOMException ? error.name : String(error)),
  );
  return {
    backend,
    dataName,
    trainCount,
    epochs,
    epochSeconds,
    batches,
    testAccuracy: result.evaluation.accuracy,
    layerNames,
    predictedRows: predicted ?? 0,
    cancelled,
  };
}

export interface WorkerBackendCheck {
  /** What the Worker reported (its `backend` message). */
  readonly backend: string;
  readonly detail: string;
  readonly loss: number;
}

/**
 * A short dense fit in the training Worker, asking for `force` through the train message's
 * optional `backend` field (src/ml/worker/backendRequest.ts), or for nothing.
 */
export async function checkWorkerBackend(force?: BackendName): Promise<WorkerBackendCheck> {
  const create = () =>
    new Worker(new URL('../../src/ml/worker/trainWorker.ts', import.meta.url), { type: 'module' });
  const dataUrl = new URL('/data/mnist-default.json', location.href).href;
  const request = {
    kind: 'dense' as const,
    epochs: 1,
    batchSize: 64,
    seed: 1,
    dataUrl,
    limit: 256,
    ...(force === undefined ? {} : { backend: { force } }),
  };
  let backend = '';
  let detail = '';
  const result = await trainInWorker(create, request, {
    onBackend: (name, text) => {
      backend = name;
      detail = text;
    },
  });
  disposeModel(result.model);
  return { backend, detail, loss: result.history.loss[0] ?? Number.NaN };
}
