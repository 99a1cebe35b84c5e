// Browser side of `npm run bench:train`: exposes window.benchTrain for Playwright.

import * as tf from '@tensorflow/tfjs';
import { type BackendName, chooseBackend } from '../../src/ml/backend.ts';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import { buildModel, type ModelKind } from '../../src/ml/models/buildModels.ts';
import {
  listSessionModels,
  loadSessionModel,
  removeSessionModel,
  saveSessionModel,
} from '../../src/ml/models/sessionStore.ts';
import { measureThroughput, type ThroughputOptions } from '../../src/ml/train/measureThroughput.ts';
import { WASM_URLS } from '../../src/ml/wasmUrls.ts';

export interface BrowserBenchRequest {
  readonly backend: BackendName;
  readonly models: readonly ModelKind[];
  readonly options: Readonly<Record<ModelKind, ThroughputOptions>>;
}

export interface BrowserBenchRow {
  readonly backend: string;
  readonly detail: string;
  readonly model: ModelKind;
  readonly samplesPerSecond: number;
  readonly msPerBatch: readonly number[];
}

declare global {
  interface Window {
    benchTrain(request: BrowserBenchRequest): Promise<BrowserBenchRow[]>;
    checkSessionStore(): Promise<SessionStoreCheck>;
  }
}

export interface SessionStoreCheck {
  readonly listed: string[];
  readonly sameNames: boolean;
  readonly maxDiff: number;
  readonly afterRemove: string[];
  readonly missing: boolean;
}

/** Saves a model to IndexedDB, lists, reloads and removes it (tests/ml/models/sessionStore). */
window.checkSessionStore = async () => {
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
};

window.benchTrain = async (request) => {
  const data = await loadMnistAsset('/data/mnist-default.json');
  const choice = await chooseBackend({
    prefer: [request.backend],
    wasmPaths: WASM_URLS,
    allowSoftwareWebgl: true,
  });
  const rows: BrowserBenchRow[] = [];
  for (const model of request.models) {
    const result = await measureThroughput(model, data.train, request.options[model]);
    rows.push({ ...result, backend: choice.name, detail: choice.detail, model });
  }
  return rows;
};
