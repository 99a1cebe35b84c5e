import type { ModelKind } from '../models/buildModels.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
import { throwIfAborted } from '../train/yieldToEventLoop.ts';
import type { FromShard, ToShard } from './parallelProtocol.ts';

export interface ParallelRequest {
  readonly kind: ModelKind;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
  /** Absolute URL of a data manifest. */
  readonly dataUrl: string;
  readonly limit?: number;
  /** Number of workers (default 2). */
  readonly shards?: number;
}

export interface ParallelCallbacks {
  readonly onBatch?: (logs: BatchLogs) => void;
  readonly onEpoch?: (logs: EpochLogs) => void;
  readonly signal?: AbortSignal;
  readonly reportMs?: number;
  /** Per batch: the slowest worker's compute time (ms), to tell compute from overhead. */
  readonly onStep?: (workerMs: number) => void;
}

/** One worker as a request/answer channel (one message in flight at a time). */
function channel(
  worker: Worker,
): (message: ToShard, transfer?: Transferable[]) => Promise<FromShard> {
  return (message, transfer = []) =>
    new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromShard>) => {
        if (event.data.type === 'error') reject(new Error(event.data.message));
        else resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'shard worker failed'));
      worker.postMessage(message, transfer);
    });
}

/**
 * Synchronous data-parallel training across Workers (experimental): every worker holds the
 * data and a replica built with the same seed; per batch each computes the gradient of its
 * shard, the page adds them up and sends the sum back, and every replica applies the same
 * RMSprop update, so the replicas stay identical. `createWorker` must return a new
 * `shardWorker.ts` module worker. Resolves with the history; the workers are terminated.
 */
export async function trainParallel(
  createWorker: () => Worker,
  request: ParallelRequest,
  callbacks: ParallelCallbacks = {},
): Promise<History> {
  const shards = request.shards ?? 2;
  const workers = Array.from({ length: shards }, createWorker);
  const calls = workers.map(channel);
  const history: History = { loss: [], accuracy: [] };
  try {
    const ready = await Promise.all(
      calls.map((call, shard) =>
        call({
          type: 'init',
          kind: request.kind,
          seed: request.seed,
          dataUrl: request.dataUrl,
          shard,
          shards,
          ...(request.limit === undefined ? {} : { limit: request.limit }),
        }),
      ),
    );
    const count = ready[0]?.type === 'ready' ? ready[0].trainCount : 0;
    const batches = Math.ceil(count / request.batchSize);
    let pending: Float32Array | undefined;
    for (let epoch = 0; epoch < request.epochs; epoch++) {
      const start = performance.now();
      let lossSum = 0;
      let correct = 0;
      let seen = 0;
      let lastReport = start;
      for (let batch = 0; batch < batches; batch++) {
        throwIfAborted(callbacks.signal);
        const from = batch * request.batchSize;
        const size = Math.min(request.batchSize, count - from);
        const answers = await Promise.all(
          calls.map((call) =>
            call(
              pending
                ? { type: 'step', apply: pending.slice(), epoch, from, size }
                : { type: 'step', epoch, from, size },
            ),
          ),
        );
        let sum: Float32Array | undefined;
        for (const a of answers) {
          if (a.type !== 'grads') throw new Error(`unexpected ${a.type}`);
          lossSum += a.loss;
          correct += a.correct;
          if (!sum) sum = a.grads;
          else for (let i = 0; i < sum.length; i++) sum[i]! += a.grads[i]!;
        }
        pending = sum;
        callbacks.onStep?.(Math.max(...answers.map((a) => (a.type === 'grads' ? a.ms : 0))));
        seen += size;
        const now = performance.now();
        if (batch === batches - 1 || now - lastReport >= (callbacks.reportMs ?? 100)) {
          lastReport = now;
          const seconds = (now - start) / 1000;
          callbacks.onBatch?.({
            epoch,
            batch,
            batches,
            loss: lossSum / seen,
            accuracy: correct / seen,
            seconds,
          });
        }
      }
      history.loss.push(lossSum / seen);
      history.accuracy.push(correct / seen);
      callbacks.onEpoch?.({
        epoch,
        epochs: request.epochs,
        batches,
        loss: lossSum / seen,
        accuracy: correct / seen,
        seconds: (performance.now() - start) / 1000,
      });
    }
    if (pending) {
      const last = pending;
      await Promise.all(calls.map((call) => call({ type: 'apply', apply: last.slice() })));
    }
    return history;
  } finally {
    for (const w of workers) w.terminate();
  }
}
