import * as tf from '@tensorflow/tfjs';
import type { MnistData } from '../data/types.ts';
import { buildModel, INPUT_LAYOUT } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import { fitModel } from '../train/fit.ts';
import { type FitRun, type FitSpeed, probeDigits, probeFit } from '../train/measureThroughput.ts';
import { splitToTensors } from '../train/tensors.ts';
import { writeWeights } from '../train/weightArrays.ts';
import { throwIfAborted } from '../train/yieldToEventLoop.ts';
import type { Trainer } from './deps.ts';
import { probing } from './trainCallbacks.ts';

/**
 * Trains on this thread (Node tests; a fallback where Workers are unavailable): measures
 * first when asked (`ProbingCallbacks`: a warm-up, then `onMeasured` says what to train),
 * uploads the first `limit` training digits, builds the model from the seed (or the
 * request's initial weights), fits, frees the tensors.
 */
export function createInProcessTrainer(data: () => Promise<MnistData>): Trainer {
  return async (request, callbacks) => {
    const extra = probing(callbacks);
    const all = await data();
    const backend = tf.getBackend();
    extra.onBackend?.(backend, '');
    const limit = Math.min(request.limit ?? all.train.count, all.train.count);
    extra.onData?.(all.descriptor, limit);
    const layout = INPUT_LAYOUT[request.kind];
    let run: FitRun = { limit, epochs: request.epochs, evaluate: false };
    if (extra.probe !== undefined) {
      // As in the Worker: the warm-up on its own few digits, before the whole upload.
      const count = probeDigits(extra.probe, request.batchSize, limit);
      const probeT = splitToTensors(all.train, layout, count);
      let speed: FitSpeed;
      try {
        speed = await probeFit(request.kind, probeT, {
          backend,
          batchSize: request.batchSize,
          seed: request.seed,
          probe: extra.probe,
          signal: callbacks.signal,
        });
      } finally {
        probeT.dispose();
      }
      throwIfAborted(callbacks.signal);
      if (extra.onMeasured) run = await extra.onMeasured(speed);
      throwIfAborted(callbacks.signal);
    }
    const train = splitToTensors(all.train, layout, run.limit);
    let model: tf.LayersModel | undefined;
    try {
      model = buildModel(request.kind, { seed: request.seed });
      if (request.initialWeights !== undefined) writeWeights(model, request.initialWeights);
      const history = await fitModel(model, train, {
        epochs: run.epochs,
        batchSize: request.batchSize,
        seed: request.seed,
        signal: callbacks.signal,
        onBatch: callbacks.onBatch,
        onEpoch: callbacks.onEpoch,
      });
      const trained = model;
      model = undefined;
      return { model: trained, history };
    } finally {
      if (model !== undefined) disposeModel(model);
      train.dispose();
    }
  };
}
