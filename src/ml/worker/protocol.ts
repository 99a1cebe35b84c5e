import type { DataDescriptor } from '../data/types.ts';
import type { ModelKind } from '../models/buildModels.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
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
}

export type ToWorker = TrainRequest | { readonly type: 'cancel' };

const KINDS: readonly string[] = ['dense', 'convnet', 'convnetNoPool'];
const positiveInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) > 0;

/** Checks a message for the Worker (shape, numbers, weights) before it starts anything. */
export function parseToWorker(value: unknown): ToWorker | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'cancel') return { type: 'cancel' };
  if (m.type !== 'train') return undefined;
  if (typeof m.kind !== 'string' || !KINDS.includes(m.kind)) return undefined;
  if (!positiveInt(m.epochs) || !positiveInt(m.batchSize) || typeof m.dataUrl !== 'string') {
    return undefined;
  }
  if (m.seed !== undefined && !Number.isInteger(m.seed)) return undefined;
  if (m.limit !== undefined && !positiveInt(m.limit)) return undefined;
  if (m.initialWeights !== undefined && !isWeightArrays(m.initialWeights)) return undefined;
  return {
    type: 'train',
    kind: m.kind as ModelKind,
    epochs: m.epochs,
    batchSize: m.batchSize,
    dataUrl: m.dataUrl,
    ...(m.seed === undefined ? {} : { seed: m.seed as number }),
    ...(m.limit === undefined ? {} : { limit: m.limit }),
    ...(m.initialWeights === undefined ? {} : { initialWeights: m.initialWeights }),
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
  | { readonly type: 'batch'; readonly logs: BatchLogs }
  | { readonly type: 'epoch'; readonly logs: EpochLogs }
  | {
      readonly type: 'done';
      readonly history: History;
      readonly evaluation: Evaluation;
      readonly artifacts: TrainedArtifacts;
    }
  | { readonly type: 'cancelled' }
  | { readonly type: 'error'; readonly message: string };

const TYPES = new Set(['backend', 'data', 'batch', 'epoch', 'done', 'cancelled', 'error']);

/** Messages come from code we did not write the instance of: check the shape before use. */
export function isFromWorker(value: unknown): value is FromWorker {
  return (
    typeof value === 'object' &&
    value !== null &&
    TYPES.has(String((value as { type?: unknown }).type))
  );
}
