import type * as tf from '@tensorflow/tfjs';
import type { LoadProgress, MnistData } from '../data/types.ts';
import type { ModelKind } from '../models/buildModels.ts';
import type { TrainingInfo } from '../models/modelFiles.ts';
import type { BatchLogs, EpochLogs, History } from '../train/fit.ts';
import type { WeightArray } from '../train/weightArrays.ts';
import type { TrainedKind } from './cellCatalog.ts';
import type { PersistedSession } from './store.ts';

/**
 * What the session asks a Trainer to train (in the browser the Trainer turns it into the
 * training Worker's wire message, `TrainRequest` in src/ml/worker/protocol.ts).
 */
export interface TrainJob {
  readonly kind: ModelKind;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
  /** Train on the first `limit` digits only (test switch). */
  readonly limit: number | undefined;
  /**
   * The session model's current weights when this fit continues an earlier one (Keras's second
   * `model.fit`); undefined trains from the seed. The trainer may transfer their buffers.
   */
  readonly initialWeights?: readonly WeightArray[];
}

export interface TrainCallbacks {
  readonly onBatch: (logs: BatchLogs) => void;
  readonly onEpoch: (logs: EpochLogs) => void;
  readonly signal: AbortSignal;
}

/**
 * Trains a model of `kind` built with `seed` (the same weights the session's model cell built),
 * or starting from `initialWeights`, and returns it compiled: in the browser a Worker
 * (trainInWorker), in Node in-process.
 */
export type Trainer = (
  request: TrainJob,
  callbacks: TrainCallbacks,
) => Promise<{ readonly model: tf.LayersModel; readonly history: History }>;

/** Where the session persists results (IndexedDB in the browser, memory in tests). */
export interface SessionStore {
  load(key: string): Promise<PersistedSession | undefined>;
  save(key: string, value: PersistedSession): Promise<void>;
  saveModel(key: string, model: tf.LayersModel): Promise<void>;
  /** The stored model, compiled like the lecture, or undefined. */
  loadModel(key: string): Promise<tf.LayersModel | undefined>;
  /** Removes the session record and the models whose keys start with `key`. */
  clear(key: string): Promise<void>;
}

/** Everything the session uses from outside, injected so it runs in Node and in the browser. */
export interface SessionDeps {
  /** The page's backend: its name and, for wasm, its threads (shown as backendTitle). */
  backend(): Promise<{ readonly name: string; readonly threads?: number }>;
  /** The lecture's data; `onProgress` follows its download (the full set is ≈ 11 MB). */
  data(onProgress?: (progress: LoadProgress) => void): Promise<MnistData>;
  /** A pretrained model (owned by the caller: the session copies its weights, never disposes). */
  pretrained(
    kind: TrainedKind,
  ): Promise<{ readonly model: tf.LayersModel; readonly info: TrainingInfo | undefined }>;
  readonly train: Trainer;
  readonly store?: SessionStore;
}
