import type { ModelKind } from '../models/buildModels.ts';

/** Data-parallel training: the page sends every worker the same step; each takes its shard. */
export type ToShard =
  | {
      readonly type: 'init';
      readonly kind: ModelKind;
      readonly seed: number;
      readonly dataUrl: string;
      readonly limit?: number;
      readonly shard: number;
      readonly shards: number;
    }
  | {
      readonly type: 'step';
      /** Summed gradients of the previous step, applied before computing this one. */
      readonly apply?: Float32Array;
      readonly epoch: number;
      readonly from: number;
      readonly size: number;
    }
  | { readonly type: 'apply'; readonly apply: Float32Array };

export type FromShard =
  | { readonly type: 'ready'; readonly backend: string; readonly trainCount: number }
  | {
      readonly type: 'grads';
      /** Σ over this shard of the per-digit loss / batch size, and of correct answers. */
      readonly loss: number;
      readonly correct: number;
      readonly grads: Float32Array;
      /** Time this worker spent applying the previous update and computing these gradients. */
      readonly ms: number;
    }
  | { readonly type: 'applied' }
  | { readonly type: 'error'; readonly message: string };
