import type * as tf from '@tensorflow/tfjs';
import type { WidgetBus, WidgetRole } from '../../model/index.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import type { SessionDeps } from './deps.ts';
import type { FitChoice } from './fitPlan.ts';
import type { LiveSettings, SessionSnapshot } from './types.ts';

export interface SessionOptions {
  readonly deps: SessionDeps;
  readonly settings?: LiveSettings;
  /** `audience` windows mirror the computing window over `bus` and never compute. */
  readonly role?: WidgetRole;
  readonly bus?: WidgetBus;
  /** Seed of the models' initial weights (the model cells and the trainer build alike). */
  readonly seed?: number;
  readonly now?: () => number;
}

export interface LiveSession {
  readonly role: WidgetRole;
  /** Settles once stored results (if any) are restored. */
  readonly ready: Promise<void>;
  snapshot(): SessionSnapshot;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void;
  /** The models that running `id` would train first (offer the pretrained weights then). */
  untrained(id: CellId): TrainedKind[];
  /**
   * Runs `id` after any missing prerequisites (queued behind a running cell). A fit measures
   * its speed first and, when its estimate exceeds `budgetSeconds` (the presenter's setting;
   * the URL's `live-budget` wins; default 90), waits for `choose` before training anything.
   */
  run(id: CellId, options?: RunOptions): Promise<void>;
  /** Cancels the running cell (training stops; earlier cells keep their results). */
  cancel(): void;
  /**
   * Answers the prompt of a fit over budget (`info.fitStart`, phase `choosing`): the shorter
   * run or the full one. `start` (the prompt's id) makes a late press of an old prompt a no-op.
   */
  choose(choice: FitChoice, start?: number): void;
  /** Forgets every result, frees every tensor, clears the stored session. */
  reset(): Promise<void>;
  /**
   * A copy of the `kind` model as trained in this lecture (the caller owns it: dispose it), or
   * undefined when `fittedWeights` finds none. From the workspace, else from the store (after
   * a reload, or in a mirroring window: the computing window stored it). Never runs a cell.
   */
  copyFittedModel(kind: TrainedKind): Promise<ModelCopy | undefined>;
  dispose(): void;
}

export interface RunOptions {
  /** Fit cells: copy the pretrained weights instead of training. */
  readonly pretrained?: boolean;
  /** Seconds a fit may take without asking (the presenter's setting). */
  readonly budgetSeconds?: number;
}

/** A model another widget holds (e.g. draw-a-digit): `dispose` frees its tensors. */
export interface ModelCopy {
  readonly model: tf.LayersModel;
  dispose(): void;
}
