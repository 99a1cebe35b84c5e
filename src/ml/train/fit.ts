import * as tf from '@tensorflow/tfjs';
import { mulberry32, permutation } from '../data/random.ts';
import { countCorrect, sparseCategoricalCrossentropy } from './metrics.ts';
import type { SplitTensors } from './tensors.ts';
import { throwIfAborted, yieldToEventLoop } from './yieldToEventLoop.ts';

/** Running means over the epoch so far, as Keras's progress bar shows them. */
export interface BatchLogs {
  readonly epoch: number;
  /** Index of the last finished batch (0-based) and the number of batches per epoch. */
  readonly batch: number;
  readonly batches: number;
  readonly loss: number;
  readonly accuracy: number;
  /** Seconds since the epoch started. */
  readonly seconds: number;
}

export interface EpochLogs {
  readonly epoch: number;
  readonly epochs: number;
  readonly batches: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly seconds: number;
}

export interface FitOptions {
  readonly epochs?: number;
  readonly batchSize?: number;
  /** Shuffle every epoch, as Keras's default `shuffle=True` (default true). */
  readonly shuffle?: boolean;
  /** Seed of the shuffles; random when absent. */
  readonly seed?: number;
  /** Called at most every `reportMs` and after each epoch's last batch. */
  readonly onBatch?: (logs: BatchLogs) => void;
  readonly onEpoch?: (logs: EpochLogs) => void;
  readonly signal?: AbortSignal;
  /** Progress interval (default 100 ms); only then are values read back from the backend. */
  readonly reportMs?: number;
  /** Longest stretch of synchronous work before yielding to the event loop (default 16 ms). */
  readonly yieldMs?: number;
}

export interface History {
  readonly loss: number[];
  readonly accuracy: number[];
}

const now = () => performance.now();

/**
 * Keras's `model.fit(x, y, epochs, batch_size)` for a compiled model: mini-batch RMSprop on
 * shuffled batches gathered on the backend (the data set is uploaded once, by the caller).
 * Loss and accuracy accumulate on the backend and are read only when progress is reported.
 * Cancel with `signal`: the promise rejects with the abort reason, tensors are released.
 */
export async function fitModel(
  model: tf.LayersModel,
  data: SplitTensors,
  options: FitOptions = {},
): Promise<History> {
  const { epochs = 1, batchSize = 32, shuffle = true, reportMs = 100, yieldMs = 16 } = options;
  const optimizer = model.optimizer;
  if (!optimizer) throw new Error('fit: the model is not compiled');
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const random = mulberry32(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const batches = Math.ceil(data.count / batchSize);
  const history: History = { loss: [], accuracy: [] };
  let order: tf.Tensor1D | undefined;
  let sums: tf.Tensor[] = [];
  try {
    for (let epoch = 0; epoch < epochs; epoch++) {
      const start = now();
      order = shuffle
        ? tf.tensor1d(Int32Array.from(permutation(data.count, random)), 'int32')
        : tf.range(0, data.count, 1, 'int32');
      sums = [tf.scalar(0), tf.scalar(0)];
      let seen = 0;
      let lastReport = start;
      let lastYield = start;
      for (let batch = 0; batch < batches; batch++) {
        throwIfAborted(options.signal);
        const size = Math.min(batchSize, data.count - batch * batchSize);
        const next = trainStep(model, optimizer, vars, data, order, batch * batchSize, size, sums);
        for (const t of sums) t.dispose();
        sums = next;
        seen += size;
        const t = now();
        const last = batch === batches - 1;
        if (last || t - lastReport >= reportMs) {
          const [loss, correct] = await readSums(sums);
          lastReport = now();
          options.onBatch?.({
            epoch,
            batch,
            batches,
            loss: loss / seen,
            accuracy: correct / seen,
            seconds: (lastReport - start) / 1000,
          });
          if (last) {
            history.loss.push(loss / seen);
            history.accuracy.push(correct / seen);
            const seconds = (now() - start) / 1000;
            options.onEpoch?.({
              epoch,
              epochs,
              batches,
              loss: loss / seen,
              accuracy: correct / seen,
              seconds,
            });
          }
        }
        if (now() - lastYield >= yieldMs) {
          await yieldToEventLoop();
          lastYield = now();
        }
      }
      order.dispose();
      order = undefined;
      for (const t of sums) t.dispose();
      sums = [];
    }
  } finally {
    order?.dispose();
    for (const t of sums) t.dispose();
  }
  return history;
}

async function readSums(sums: readonly tf.Tensor[]): Promise<[number, number]> {
  const [loss, correct] = await Promise.all(sums.map((t) => t.data()));
  return [loss?.[0] ?? Number.NaN, correct?.[0] ?? Number.NaN];
}

/** One optimizer step on rows order[from .. from + size); returns the updated sums. */
function trainStep(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  vars: tf.Variable[],
  data: SplitTensors,
  order: tf.Tensor1D,
  from: number,
  size: number,
  sums: readonly tf.Tensor[],
): tf.Tensor[] {
  return tf.tidy(() => {
    const idx = order.slice(from, size);
    const xb = tf.gather(data.x, idx);
    const yb = tf.gather(data.y, idx);
    let correct: tf.Scalar | undefined;
    const loss = optimizer.minimize(
      () => {
        const probs = model.apply(xb, { training: true }) as tf.Tensor;
        correct = tf.keep(countCorrect(probs, yb));
        return sparseCategoricalCrossentropy(probs, yb);
      },
      true,
      vars,
    );
    if (!loss || !correct) throw new Error('fit: the optimizer returned no loss');
    const out = [tf.add(sums[0]!, tf.mul(loss, size)), tf.add(sums[1]!, correct)];
    correct.dispose();
    return out;
  });
}
