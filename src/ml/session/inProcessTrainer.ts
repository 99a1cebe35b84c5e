import type { MnistData } from '../data/types.ts';
import { buildModel, INPUT_LAYOUT } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import { fitModel } from '../train/fit.ts';
import { splitToTensors } from '../train/tensors.ts';
import { writeWeights } from '../train/weightArrays.ts';
import type { Trainer } from './deps.ts';

/**
 * Trains on this thread (Node tests; a fallback where Workers are unavailable): builds the
 * model from the seed (or the request's initial weights), uploads the (limited) training
 * split, fits, frees the tensors.
 */
export function createInProcessTrainer(data: () => Promise<MnistData>): Trainer {
  return async (request, callbacks) => {
    const all = await data();
    const model = buildModel(request.kind, { seed: request.seed });
    try {
      if (request.initialWeights !== undefined) writeWeights(model, request.initialWeights);
    } catch (error) {
      disposeModel(model);
      throw error;
    }
    const train = splitToTensors(
      all.train,
      INPUT_LAYOUT[request.kind],
      request.limit ?? all.train.count,
    );
    try {
      const history = await fitModel(model, train, {
        epochs: request.epochs,
        batchSize: request.batchSize,
        seed: request.seed,
        signal: callbacks.signal,
        onBatch: callbacks.onBatch,
        onEpoch: callbacks.onEpoch,
      });
      return { model, history };
    } catch (error) {
      disposeModel(model);
      throw error;
    } finally {
      train.dispose();
    }
  };
}
