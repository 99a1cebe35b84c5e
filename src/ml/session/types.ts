import type { DataDescriptor, LoadProgress } from '../data/types.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import type { FitStart } from './fitPlan.ts';

export type CellState = 'idle' | 'running' | 'done' | 'error';

/**
 * One printed result of a cell: the Python expression (`label`, e.g. `train_images.shape`,
 * empty for statements) and what Python prints for it. Structured-clone data.
 */
export type CellOutput =
  | { readonly kind: 'text'; readonly label: string; readonly text: string }
  /** Test digits with their predicted probabilities (row-major, 10 per digit). */
  | {
      readonly kind: 'digits';
      readonly label: string;
      readonly pixels: Uint8Array;
      readonly probabilities: Float32Array;
      readonly labels: Uint8Array;
    }
  /** Per-epoch loss and accuracy of a finished fit (the training chart). */
  | {
      readonly kind: 'history';
      readonly label: string;
      readonly loss: readonly number[];
      readonly accuracy: readonly number[];
    };

/** Live training progress (one run at a time in a session). */
export interface TrainingProgress {
  readonly kind: TrainedKind;
  /** The cell whose fit this is (it may run as a prerequisite of `forCell`). */
  readonly cell: CellId;
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly loss: number;
  readonly accuracy: number;
  /** Per finished epoch. */
  readonly history: { readonly loss: readonly number[]; readonly accuracy: readonly number[] };
  /** Keras-style lines so far (`Epoch 1/5`, the progress bar line). */
  readonly lines: readonly string[];
  /**
   * Estimated seconds left for the whole fit: from the time so far once batches report,
   * before that from the measured estimate (undefined when there is none).
   */
  readonly etaSeconds: number | undefined;
  /** Seconds since this run's training started (after the lecturer's choice, if any). */
  readonly elapsedSeconds: number;
  /** The estimate made before the run (seconds, this run), when the speed was measured. */
  readonly estimateSeconds: number | undefined;
  /** 0–1 of all batches of all epochs. */
  readonly fraction: number;
  readonly trainCount: number;
}

export interface CellSnapshot {
  readonly id: CellId;
  readonly state: CellState;
  readonly outputs: readonly CellOutput[];
  /** What is happening now (Ukrainian), e.g. "Спершу: підготовка даних". */
  readonly status: string;
  readonly error?: string;
  /** Fit cells: whether the weights came from training here or from the pretrained files. */
  readonly source?: 'trained' | 'pretrained';
  /** Fit cells that trained here: what the model's current weights went through. */
  readonly trained?: FitRecord;
  /** Backend that computed the outputs (e.g. `wasm`). */
  readonly backend?: string;
  /**
   * What happened to this cell's results besides the run (Ukrainian), e.g. they could not be
   * saved, or its stored weights are damaged. Not an error: the outputs still stand.
   */
  readonly notice?: string;
}

/**
 * The weights a fit cell left in the session's model. A second `model.fit` continues from the
 * current weights (as in Keras), so the numbers add up over the runs until the model cell is
 * run again (fresh weights from the seed).
 */
export interface FitRecord {
  /** Epochs trained in this session, over every continued run. */
  readonly epochs: number;
  /** Training digits used per epoch. */
  readonly samples: number;
  /** Runs of the fit cell that built these weights (2 after one continuation). */
  readonly fits: number;
  /** Where the first run started: the seed's fresh weights or the pretrained copy. */
  readonly base: 'seed' | 'pretrained';
  /** When these weights were made (Date.now()): identifies them across windows and reloads. */
  readonly at: number;
}

export interface SessionInfo {
  readonly backend: string | undefined;
  readonly data: DataDescriptor | undefined;
  readonly settings: LiveSettings;
  /** The cell being run (or whose prerequisites are running). */
  readonly active: CellId | undefined;
  readonly training: TrainingProgress | undefined;
  /** The data download while the data cell (or a prerequisite) loads it, else undefined. */
  readonly loading?: LoadProgress | undefined;
  /**
   * A fit between its start and its first batch: starting the trainer, measuring the speed,
   * then (over the time budget) waiting for the lecturer's choice. Undefined otherwise.
   */
  readonly fitStart?: FitStart | undefined;
  /** About the whole session (Ukrainian), e.g. damaged stored results were dropped; until reset. */
  readonly notice?: string | undefined;
}

export interface SessionSnapshot {
  readonly cells: Readonly<Record<CellId, CellSnapshot>>;
  readonly info: SessionInfo;
}

/** How much to train: the lecture's defaults, or the test switch (small subset, 1 epoch). */
export interface LiveSettings {
  readonly epochs: number;
  readonly batchSize: number;
  /** Train on the first `subset` training digits only (test switch); undefined = all. */
  readonly subset: number | undefined;
  readonly test: boolean;
  /**
   * A fit's time budget in seconds from the URL (`live-budget=N`, for tests and rehearsals);
   * absent: the presenter's setting (src/model/fitBudget.ts), default 90 s.
   */
  readonly budgetSeconds?: number;
}

export const LECTURE_SETTINGS: LiveSettings = Object.freeze({
  epochs: 5,
  batchSize: 128,
  subset: undefined,
  test: false,
});
