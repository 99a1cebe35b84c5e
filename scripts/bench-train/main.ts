// Browser side of `npm run bench:train`: exposes window.benchTrain for Playwright.

import { type BackendName, backendTitle, chooseBackend } from '../../src/ml/backend.ts';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import type { ModelKind } from '../../src/ml/models/buildModels.ts';
import { measureThroughput, type ThroughputOptions } from '../../src/ml/train/measureThroughput.ts';
import { WASM_URLS } from '../../src/ml/wasmUrls.ts';
import {
  checkSessionStore,
  checkWorkerBackend,
  checkWorkerTraining,
  type SessionStoreCheck,
  type WorkerTrainingCheck,
} from './checks.ts';
import { benchWasmThreads } from './threads.ts';

export interface BrowserBenchRequest {
  readonly backend: BackendName;
  /** wasm threads (the threaded build; the harness page is cross-origin isolated). */
  readonly threads?: number;
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
    checkWorkerTraining(): Promise<WorkerTrainingCheck>;
    checkWorkerBackend: typeof checkWorkerBackend;
  }
}

window.benchTrain = async (request) => {
  const data = await loadMnistAsset('/data/mnist-default.json');
  const choice = await chooseBackend({
    prefer: [request.backend],
    wasmPaths: WASM_URLS,
    allowSoftwareWebgl: true,
    ...(request.threads === undefined ? {} : { threads: request.threads }),
  });
  const rows: BrowserBenchRow[] = [];
  for (const model of request.models) {
    const result = await measureThroughput(model, data.train, request.options[model]);
    rows.push({ ...result, backend: backendTitle(choice), detail: choice.detail, model });
  }
  return rows;
};

window.checkSessionStore = checkSessionStore;
window.checkWorkerTraining = checkWorkerTraining;
window.checkWorkerBackend = checkWorkerBackend;
window.benchWasmThreads = benchWasmThreads;
