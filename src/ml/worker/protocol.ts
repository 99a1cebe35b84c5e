import * as v from 'valibot';
import {
  type Agrees,
  type AllAgree,
  AnyNumber,
  Count,
  DataDescriptorSchema,
  NonNegative,
  text,
} from '../data/guards.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
import {
  type FitRun,
  type FitSpeed,
  FitSpeedSchema,
  type ProbeOptions,
} from '../train/measureThroughput.ts';
import {
  type WeightArray,
  type WeightArraySchema,
  WeightArraysSchema,
} from '../train/weightArrays.ts';

export { WeightArraySchema, WeightArraysSchema } from '../train/weightArrays.ts';

import { BackendRequestSchema } from './backendRequest.ts';

/**
 * Messages between the page and the training Worker (trainWorker.ts), as valibot schemas: the
 * types are derived from them, and both directions are checked deeply before use.
 */

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const Buffer = v.custom<ArrayBuffer>((x) => x instanceof ArrayBuffer, 'an ArrayBuffer');
const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** A warm-up's counts and durations: whole numbers, at least one timed and one in all. */
export const ProbeOptionsSchema = v.object({
  warmup: Count,
  warmupMs: Count,
  timed: PositiveInt,
  timedMs: Count,
  maxBatches: PositiveInt,
});

export const TrainRequestSchema = v.object({
  type: v.literal('train'),
  kind: v.picklist(['dense', 'convnet', 'convnetNoPool']),
  epochs: PositiveInt,
  batchSize: PositiveInt,
  seed: v.optional(v.pipe(v.number(), v.integer())),
  /** Absolute URL of a data manifest, e.g. `${origin}/data/mnist-default.json`. */
  dataUrl: text(2048),
  /** Train on the first `limit` training digits only (demos, tests). */
  limit: v.optional(PositiveInt),
  /**
   * Start from these weights (in `model.getWeights()` order) instead of the seed's: a second
   * `model.fit` continues training, as in Keras. Sent as transferred Float32Arrays.
   */
  initialWeights: v.optional(WeightArraysSchema),
  /**
   * Measure first: after loading, a warm-up (probeFit) on a throwaway model; the Worker posts
   * `measured` and trains only once a `go` message says what (the first N digits, M epochs).
   */
  probe: v.optional(ProbeOptionsSchema),
  /** The backend the page asks for (`?backend=`); absent: the automatic choice. */
  backend: v.optional(BackendRequestSchema),
});

/** After `measured`: what to train (nothing trains before it). */
export const GoMessageSchema = v.object({
  type: v.literal('go'),
  limit: PositiveInt,
  epochs: PositiveInt,
  evaluate: v.boolean(),
});

export const ToWorkerSchema = v.variant('type', [
  TrainRequestSchema,
  GoMessageSchema,
  v.object({ type: v.literal('cancel') }),
]);

export type TrainRequest = v.InferOutput<typeof TrainRequestSchema>;
export type GoMessage = v.InferOutput<typeof GoMessageSchema>;
export type ToWorker = v.InferOutput<typeof ToWorkerSchema>;

/** Checks a message for the Worker (shape, numbers, weights) before it starts anything. */
export function parseToWorker(value: unknown): ToWorker | undefined {
  const result = v.safeParse(ToWorkerSchema, value);
  return result.success ? result.output : undefined;
}

const BatchLogsSchema = v.object({
  epoch: Count,
  batch: Count,
  batches: Count,
  loss: AnyNumber,
  accuracy: AnyNumber,
  seconds: NonNegative,
});

const EpochLogsSchema = v.object({
  epoch: Count,
  epochs: Count,
  batches: Count,
  loss: AnyNumber,
  accuracy: AnyNumber,
  seconds: NonNegative,
});

const HistorySchema = v.object({ loss: v.array(AnyNumber), accuracy: v.array(AnyNumber) });
const EvaluationSchema = v.object({ loss: AnyNumber, accuracy: AnyNumber, count: Count });

const BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4 };

/** One entry of the weights manifest: a name, a shape and a dtype the lecture's models use. */
const WeightSpecSchema = v.object({
  name: text(500),
  shape: v.pipe(v.array(Count), v.maxLength(8), v.readonly()),
  dtype: v.picklist(['float32', 'int32']),
});

type WeightSpec = v.InferOutput<typeof WeightSpecSchema>;
const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null;

/**
 * A trained model as in-memory artifacts (for tf.io.fromMemory). Typed loosely (`object`) as
 * tfjs reads them; checked: every spec well formed, and the weight data exactly as long as the
 * specs say (else loading reads garbage or throws).
 */
export const TrainedArtifactsSchema = v.pipe(
  v.object({
    modelTopology: v.custom<object>(isObject, 'a model topology object'),
    weightSpecs: v.pipe(
      v.array(v.custom<object>((x) => v.is(WeightSpecSchema, x), 'a weight spec')),
      v.readonly(),
    ),
    weightData: Buffer,
  }),
  v.check(
    (a) =>
      (a.weightSpecs as readonly WeightSpec[]).reduce(
        (n, s) => n + product(s.shape) * (BYTES[s.dtype] ?? 0),
        0,
      ) === a.weightData.byteLength,
    'weight data matches the specs',
  ),
);
export type TrainedArtifacts = v.InferOutput<typeof TrainedArtifactsSchema>;

export const FromWorkerSchema = v.variant('type', [
  v.object({ type: v.literal('backend'), name: text(200), detail: text(2000) }),
  v.object({ type: v.literal('data'), descriptor: DataDescriptorSchema, trainCount: Count }),
  /** The warm-up's result (requests with `probe`); the Worker then waits for `go`. */
  v.object({ type: v.literal('measured'), speed: FitSpeedSchema }),
  v.object({ type: v.literal('batch'), logs: BatchLogsSchema }),
  v.object({ type: v.literal('epoch'), logs: EpochLogsSchema }),
  v.object({
    type: v.literal('done'),
    history: HistorySchema,
    /** Absent when the run said `evaluate: false`. */
    evaluation: v.optional(EvaluationSchema),
    artifacts: TrainedArtifactsSchema,
  }),
  v.object({ type: v.literal('cancelled') }),
  v.object({ type: v.literal('error'), message: text(10_000) }),
]);
export type FromWorker = v.InferOutput<typeof FromWorkerSchema>;

/**
 * Messages come from code we did not write the instance of: the whole message is checked
 * (numbers, logs, artifacts whose weight data matches their specs), not only its `type`.
 */
export function isFromWorker(value: unknown): value is FromWorker {
  return v.is(FromWorkerSchema, value);
}

// The payloads' declared types (train/*.ts) and these schemas agree (see Agrees).
type _Agree = AllAgree<
  [
    Agrees<typeof WeightArraySchema, WeightArray>,
    Agrees<typeof ProbeOptionsSchema, ProbeOptions>,
    Agrees<typeof GoMessageSchema, FitRun & { readonly type: 'go' }>,
    Agrees<typeof FitSpeedSchema, FitSpeed>,
    Agrees<typeof BatchLogsSchema, BatchLogs>,
    Agrees<typeof EpochLogsSchema, EpochLogs>,
    Agrees<typeof HistorySchema, History>,
    Agrees<typeof EvaluationSchema, Evaluation>,
  ]
>;
