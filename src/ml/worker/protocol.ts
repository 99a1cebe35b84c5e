import type { DataDescriptor } from '../data/types.ts';
import type { ModelKind } from '../models/buildModels.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
import type { FitRun, FitSpeed, ProbeOptions } from '../train/measureThroughput.ts';
import { isWeightArrays, type WeightArray } from '../train/weightArrays.ts';

/** Messages between the page and the training Worker (trainWorker.ts). */
export interface TrainRequest {
  readonly type: 'train';
  readonly kind: ModelKind;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed?: number;
  /** Absolute URL of a data manifest, e.g. `${origin}/data/mnist-default.json`. */
  readonly dataUrl: string;
  /** Train on the first `limit` training digits only (demos, tests). */
  readonly limit?: number;
  /**
   * Start from these weights (in `model.getWeights()` order) instead of the seed's: a second
   * `model.fit` continues training, as in Keras. Sent as transferred Float32Arrays.
   */
  readonly initialWeights?: readonly WeightArray[];
  /**
   * Measure first: after loading, a warm-up (probeFit) on a throwaway model; the Worker posts
   * `measured` and trains only once a `go` message says what (the first N digits, M epochs).
   */
  readonly probe?: ProbeOptions;
}

/** After `measured`: what to train (nothing trains before it). */
export interface GoMessage extends FitRun {
  readonly type: 'go';
}

export type ToWorker = TrainRequest | GoMessage | { readonly type: 'cancel' };

const KINDS: readonly string[] = ['dense', 'convnet', 'convnetNoPool'];
const positiveInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) > 0;

const count = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** A warm-up's counts and durations: whole numbers, at least one timed and one in all. */
function parseProbe(x: unknown): ProbeOptions | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const p = x as Record<string, unknown>;
  const { warmup, warmupMs, timed, timedMs, maxBatches } = p;
  if (!count(warmup) || !count(warmupMs) || !count(timedMs)) return undefined;
  if (!positiveInt(timed) || !positiveInt(maxBatches)) return undefined;
  return { warmup, warmupMs, timed, timedMs, maxBatches };
}

/** Checks a message for the Worker (shape, numbers, weights) before it starts anything. */
export function parseToWorker(value: unknown): ToWorker | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'cancel') return { type: 'cancel' };
  if (m.type === 'go') {
    if (!positiveInt(m.limit) || !positiveInt(m.epochs) || typeof m.evaluate !== 'boolean') {
      return undefined;
    }
    return { type: 'go', limit: m.limit, epochs: m.epochs, evaluate: m.evaluate };
  }
  if (m.type !== 'train') return undefined;
  if (typeof m.kind !== 'string' || !KINDS.includes(m.kind)) return undefined;
  if (!positiveInt(m.epochs) || !positiveInt(m.batchSize) || typeof m.dataUrl !== 'string') {
    return undefined;
  }
  if (m.seed !== undefined && !Number.isInteger(m.seed)) return undefined;
  if (m.limit !== undefined && !positiveInt(m.limit)) return undefined;
  if (m.initialWeights !== undefined && !isWeightArrays(m.initialWeights)) return undefined;
  const probe = m.probe === undefined ? undefined : parseProbe(m.probe);
  if (m.probe !== undefined && probe === undefined) return undefined;
  return {
    type: 'train',
    kind: m.kind as ModelKind,
    epochs: m.epochs,
    batchSize: m.batchSize,
    dataUrl: m.dataUrl,
    ...(m.seed === undefined ? {} : { seed: m.seed as number }),
    ...(m.limit === undefined ? {} : { limit: m.limit }),
    ...(m.initialWeights === undefined ? {} : { initialWeights: m.initialWeights }),
    ...(probe === undefined ? {} : { probe }),
  };
}

/** A trained model as in-memory artifacts (for tf.io.fromMemory). */
export interface TrainedArtifacts {
  readonly modelTopology: object;
  readonly weightSpecs: readonly object[];
  readonly weightData: ArrayBuffer;
}

export type FromWorker =
  | { readonly type: 'backend'; readonly name: string; readonly detail: string }
  | { readonly type: 'data'; readonly descriptor: DataDescriptor; readonly trainCount: number }
  /** The warm-up's result (requests with `probe`); the Worker then waits for `go`. */
  | { readonly type: 'measured'; readonly speed: FitSpeed }
  | { readonly type: 'batch'; readonly logs: BatchLogs }
  | { readonly type: 'epoch'; readonly logs: EpochLogs }
  | {
      readonly type: 'done';
      readonly history: History;
      /** Absent when the run said `evaluate: false`. */
      readonly evaluation?: Evaluation;
      readonly artifacts: TrainedArtifacts;
    }
  | { readonly type: 'cancelled' }
  | { readonly type: 'error'; readonly message: string };

const TYPES = new Set([
  'backend',
  'data',
  'measured',
  'batch',
  'epoch',
  'done',
  'cancelled',
  'error',
]);

/** Messages come from code we did not write the instance of: check the shape before use. */
export function isFromWorker(value: unknown): value is FromWorker {
  return (
    typeof value === 'object' &&
    value !== null &&
    TYPES.has(String((value as { type?: unknown }).type))
  );
}
