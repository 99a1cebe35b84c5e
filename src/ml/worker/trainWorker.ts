/// <reference lib="webworker" />
// The training Worker: `new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' })`.
// Trains off the page's main thread so the deck never stutters; talks through protocol.ts.
import * as tf from '@tensorflow/tfjs';
import { backendTitle, chooseRequested } from '../backend.ts';
import { loadMnistAsset } from '../data/loadAsset.ts';
import { buildModel, INPUT_LAYOUT } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import type { Evaluation } from '../train/evaluate.ts';
import { evaluate } from '../train/evaluate.ts';
import { fitModel } from '../train/fit.ts';
import { type FitRun, probeDigits, probeFit } from '../train/measureThroughput.ts';
import { type SplitTensors, splitToTensors } from '../train/tensors.ts';
import { writeWeights } from '../train/weightArrays.ts';
import { throwIfAborted } from '../train/yieldToEventLoop.ts';
import { WASM_URLS } from '../wasmUrls.ts';
import type { BackendRequest } from './backendRequest.ts';
import { type FromWorker, parseToWorker, type TrainRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);
let controller: AbortController | undefined;
/** Set while a measured request waits for the page's `go`. */
let onGo: ((run: FitRun) => void) | undefined;

/** The page's decision after `measured` (nothing trains before it), or the abort. */
function nextGo(signal: AbortSignal): Promise<FitRun> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      onGo = undefined;
      reject(new DOMException('Training was cancelled', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    onGo = (run) => {
      onGo = undefined;
      signal.removeEventListener('abort', abort);
      resolve(run);
    };
  });
}

/** The first `count` rows of uploaded tensors (the shorter run's "first N digits"). */
const firstRows = (data: SplitTensors, count: number): SplitTensors => ({
  x: data.x,
  y: data.y,
  count: Math.min(count, data.count),
  dispose: () => {},
});

async function train(
  request: TrainRequest,
  backend: BackendRequest,
  signal: AbortSignal,
): Promise<void> {
  // The page's `?backend=` (the request's optional `backend` field, read by backendRequest.ts);
  // without it the same automatic order as the page's: a hardware GPU, else wasm.
  const choice = await chooseRequested(backend, { wasmPaths: WASM_URLS });
  post({ type: 'backend', name: backendTitle(choice), detail: choice.detail });
  const data = await loadMnistAsset(request.dataUrl);
  throwIfAborted(signal);
  const limit = Math.min(request.limit ?? data.train.count, data.train.count);
  post({ type: 'data', descriptor: data.descriptor, trainCount: limit });
  const layout = INPUT_LAYOUT[request.kind];
  const seed = request.seed === undefined ? {} : { seed: request.seed };
  let run: FitRun = { limit, epochs: request.epochs, evaluate: true };
  let go: Promise<FitRun> | undefined;
  if (request.probe !== undefined) {
    // The warm-up gets its own few digits, uploaded before the whole set: the garbage of the
    // big upload must not be collected in the middle of the timed batches.
    const count = probeDigits(request.probe, request.batchSize, limit);
    const probeT = splitToTensors(data.train, layout, count);
    try {
      const speed = await probeFit(request.kind, probeT, {
        backend: choice.name,
        batchSize: request.batchSize,
        probe: request.probe,
        signal,
        ...seed,
      });
      post({ type: 'measured', speed });
      go = nextGo(signal);
    } finally {
      probeT.dispose();
    }
  }
  // Uploaded while the lecturer decides (if asked): the first N digits are its first rows.
  const trainT = splitToTensors(data.train, layout, limit);
  let testT: SplitTensors | undefined;
  let model: tf.LayersModel | undefined;
  try {
    if (go !== undefined) run = await go;
    model = buildModel(request.kind, seed);
    // A second fit continues from the page's current weights (as Keras would).
    if (request.initialWeights !== undefined) writeWeights(model, request.initialWeights);
    const history = await fitModel(model, firstRows(trainT, run.limit), {
      epochs: run.epochs,
      batchSize: request.batchSize,
      ...seed,
      signal,
      onBatch: (logs) => post({ type: 'batch', logs }),
      onEpoch: (logs) => post({ type: 'epoch', logs }),
    });
    let evaluation: Evaluation | undefined;
    if (run.evaluate) {
      testT = splitToTensors(data.test, layout);
      evaluation = await evaluate(model, testT, { signal });
    }
    let artifacts: tf.io.ModelArtifacts | undefined;
    await model.save(
      tf.io.withSaveHandler(async (a) => {
        artifacts = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    const raw = artifacts?.weightData;
    const weightData = Array.isArray(raw)
      ? tf.io.concatenateArrayBuffers(raw)
      : (raw ?? new ArrayBuffer(0));
    post(
      {
        type: 'done',
        history,
        ...(evaluation === undefined ? {} : { evaluation }),
        artifacts: {
          modelTopology: artifacts?.modelTopology ?? {},
          weightSpecs: artifacts?.weightSpecs ?? [],
          weightData,
        },
      },
      [weightData],
    );
  } finally {
    trainT.dispose();
    testT?.dispose();
    if (model !== undefined) disposeModel(model);
  }
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const message = parseToWorker(event.data);
  if (message === undefined) {
    post({ type: 'error', message: 'malformed message to the training worker' });
    return;
  }
  if (message.type === 'cancel') {
    controller?.abort();
    return;
  }
  if (message.type === 'go') {
    onGo?.(message);
    return;
  }
  if (controller) return;
  controller = new AbortController();
  const { signal } = controller;
  train(message, message.backend ?? {}, signal)
    .catch((error: unknown) =>
      post(signal.aborted ? { type: 'cancelled' } : { type: 'error', message: String(error) }),
    )
    .finally(() => {
      controller = undefined;
    });
};
