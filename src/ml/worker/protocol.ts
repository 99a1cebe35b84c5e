import type { DataDescriptor } from '../data/types.ts';
import type { ModelKind } from '../models/buildModels.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';

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
}

export type ToWorker = TrainRequest | { readonly type: 'cancel' };

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
