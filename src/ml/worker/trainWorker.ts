/// <reference lib="webworker" />
// The training Worker: `new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' })`.
// Trains off the page's main thread so the deck never stutters; talks through protocol.ts.
import * as tf from '@tensorflow/tfjs';
import { chooseBackend } from '../backend.ts';
import { loadMnistAsset } from '../data/loadAsset.ts';
import { buildModel, INPUT_LAYOUT } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import { evaluate } from '../train/evaluate.ts';
import { fitModel } from '../train/fit.ts';
import { splitToTensors } from '../train/tensors.ts';
import { writeWeights } from '../train/weightArrays.ts';
import { WASM_URLS } from '../wasmUrls.ts';
import { type FromWorker, parseToWorker, type TrainRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);
let controller: AbortController | undefined;

async function train(request: TrainRequest, signal: AbortSignal): Promise<void> {
  const choice = await chooseBackend({ wasmPaths: WASM_URLS });
  post({ type: 'backend', name: choice.name, detail: choice.detail });
  const data = await loadMnistAsset(request.dataUrl);
  const limit = request.limit ?? data.train.count;
  post({
    type: 'data',
    descriptor: data.descriptor,
    trainCount: Math.min(limit, data.train.count),
  });
  const model = buildModel(request.kind, request.seed === undefined ? {} : { seed: request.seed });
  const trainT = splitToTensors(data.train, INPUT_LAYOUT[request.kind], limit);
  const testT = splitToTensors(data.test, INPUT_LAYOUT[request.kind]);
  try {
    // A second fit continues from the page's current weights (as Keras would).
    if (request.initialWeights !== undefined) writeWeights(model, request.initialWeights);
    const history = await fitModel(model, trainT, {
      epochs: request.epochs,
      batchSize: request.batchSize,
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      signal,
      onBatch: (logs) => post({ type: 'batch', logs }),
      onEpoch: (logs) => post({ type: 'epoch', logs }),
    });
    const evaluation = await evaluate(model, testT, { signal });
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
        evaluation,
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
    testT.dispose();
    disposeModel(model);
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
  if (controller) return;
  controller = new AbortController();
  const { signal } = controller;
  train(message, signal)
    .catch((error: unknown) =>
      post(signal.aborted ? { type: 'cancelled' } : { type: 'error', message: String(error) }),
    )
    .finally(() => {
      controller = undefined;
    });
};
