import * as tf from '@tensorflow/tfjs';
import { countCorrect, sparseCategoricalCrossentropy } from './metrics.ts';
import type { SplitTensors } from './tensors.ts';
import { throwIfAborted, yieldToEventLoop } from './yieldToEventLoop.ts';

export interface EvaluateOptions {
  /** Keras's default evaluate batch size is 32 (10,000 digits → 313 steps). */
  readonly batchSize?: number;
  /** Progress: batches done so far, the number of batches, running means. */
  readonly onBatch?: (logs: {
    batch: number;
    batches: number;
    loss: number;
    accuracy: number;
  }) => void;
  readonly signal?: AbortSignal;
  readonly reportMs?: number;
}

export interface Evaluation {
  readonly loss: number;
  readonly accuracy: number;
  readonly count: number;
}

/** Keras's `model.evaluate(x, y)`: mean sparse cross-entropy and accuracy over all rows. */
export async function evaluate(
  model: tf.LayersModel,
  data: SplitTensors,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  const { batchSize = 32, reportMs = 100 } = options;
  const batches = Math.ceil(data.count / batchSize);
  let sums: tf.Tensor[] = [tf.scalar(0), tf.scalar(0)];
  let last = performance.now();
  let seen = 0;
  try {
    for (let batch = 0; batch < batches; batch++) {
      throwIfAborted(options.signal);
      const from = batch * batchSize;
      const size = Math.min(batchSize, data.count - from);
      const next = tf.tidy(() => {
        const xb = data.x.slice(from, size);
        const yb = data.y.slice(from, size);
        const probs = model.predict(xb) as tf.Tensor;
        const loss = tf.mul(sparseCategoricalCrossentropy(probs, yb), size);
        return [tf.add(sums[0]!, loss), tf.add(sums[1]!, countCorrect(probs, yb))];
      });
      for (const t of sums) t.dispose();
      sums = next;
      seen += size;
      if (performance.now() - last >= reportMs || batch === batches - 1) {
        const [loss, correct] = await Promise.all(sums.map((t) => t.data()));
        options.onBatch?.({
          batch,
          batches,
          loss: (loss?.[0] ?? 0) / seen,
          accuracy: (correct?.[0] ?? 0) / seen,
        });
        await yieldToEventLoop();
        last = performance.now();
      }
    }
    const [loss, correct] = await Promise.all(sums.map((t) => t.data()));
    return { loss: (loss?.[0] ?? 0) / seen, accuracy: (correct?.[0] ?? 0) / seen, count: seen };
  } finally {
    for (const t of sums) t.dispose();
  }
}
