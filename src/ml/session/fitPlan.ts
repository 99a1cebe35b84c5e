import type { FitSpeed } from '../train/measureThroughput.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';

/** The lecturer's answer to a fit over the time budget. */
export type FitChoice = 'short' | 'full';

/** One way to run a fit: the first `digits` training digits, `epochs` times, and how long. */
export interface PlannedRun {
  readonly digits: number;
  readonly epochs: number;
  /** Estimated wall time on this machine (training until the model is back), seconds. */
  readonly seconds: number;
}

/** What a fit would cost here, measured by its warm-up before it starts. */
export interface FitEstimate {
  /** The backend that measured (and will train), e.g. `wasm`. */
  readonly backend: string;
  readonly samplesPerSecond: number;
  /** The warm-up's timed batches, ms (what the speed comes from). */
  readonly msPerBatch: readonly number[];
  readonly budgetSeconds: number;
  /** The run as the code says (all digits of the data or of the test switch's subset). */
  readonly full: PlannedRun;
  /** A faithful shorter run that fits the budget; undefined when the full one fits. */
  readonly short: PlannedRun | undefined;
}

/**
 * A fit between its start and its first batch (SessionInfo.fitStart): the trainer starting
 * (backend, data), the warm-up measuring, then — over the budget — the lecturer choosing.
 */
export interface FitStart {
  /** Identifies this fit's start: a choice names it, so a stale press does nothing. */
  readonly id: number;
  readonly kind: TrainedKind;
  readonly cell: CellId;
  readonly phase: 'starting' | 'measuring' | 'choosing';
  /** Once the trainer named it. */
  readonly backend?: string;
  /** Digits the full run would train on. */
  readonly trainCount: number;
  readonly epochs: number;
  /** With phase `choosing`. */
  readonly estimate?: FitEstimate;
}

/**
 * Time besides the batches, measured on this machine (wasm, chromium, 2 cores): per epoch
 * (shuffling, reading the epoch's means) and once (the trained model's way back to the page:
 * serialising, transfer, loading, storing it).
 */
export const FIT_OVERHEAD = Object.freeze({ epochSeconds: 0.02, fixedSeconds: 0.3 });

/** A shorter run keeps at least this many batches per epoch (fewer epochs first otherwise). */
export const MIN_SHORT_BATCHES = 10;

export interface FitRequest {
  /** Digits of the full run. */
  readonly trainCount: number;
  readonly epochs: number;
  readonly batchSize: number;
}

/** Estimated seconds of `epochs` epochs over the first `digits` digits at `samplesPerSecond`. */
export function runSeconds(samplesPerSecond: number, digits: number, epochs: number): number {
  return (
    epochs * (digits / samplesPerSecond + FIT_OVERHEAD.epochSeconds) + FIT_OVERHEAD.fixedSeconds
  );
}

const planned = (sps: number, digits: number, epochs: number): PlannedRun => ({
  digits,
  epochs,
  seconds: runSeconds(sps, digits, epochs),
});

/**
 * The full run's estimate and, when it exceeds `budgetSeconds`, a shorter one that fits: the
 * same number of epochs over the first N digits (N a multiple of the batch size), or, when
 * that would leave fewer than MIN_SHORT_BATCHES batches, fewer epochs; at the least one epoch
 * of MIN_SHORT_BATCHES batches (then it may still exceed the budget, and says so).
 */
export function planFit(
  speed: Pick<FitSpeed, 'backend' | 'samplesPerSecond'> & Partial<Pick<FitSpeed, 'msPerBatch'>>,
  request: FitRequest,
  budgetSeconds: number,
): FitEstimate {
  const { trainCount, epochs, batchSize } = request;
  const sps = speed.samplesPerSecond;
  const full = planned(sps, trainCount, epochs);
  const msPerBatch = speed.msPerBatch ?? [];
  const base = { backend: speed.backend, samplesPerSecond: sps, msPerBatch, budgetSeconds, full };
  if (full.seconds <= budgetSeconds) return { ...base, short: undefined };
  const minDigits = Math.min(trainCount, MIN_SHORT_BATCHES * batchSize);
  const fitting = (e: number): number => {
    const perEpoch = (budgetSeconds - FIT_OVERHEAD.fixedSeconds) / e - FIT_OVERHEAD.epochSeconds;
    const digits = Math.floor((Math.max(0, perEpoch) * sps) / batchSize) * batchSize;
    return Math.min(digits, trainCount);
  };
  let short: PlannedRun | undefined;
  for (let e = epochs; e >= 1 && short === undefined; e--) {
    const digits = fitting(e);
    if (digits >= minDigits) short = planned(sps, digits, e);
  }
  short ??= planned(sps, minDigits, 1);
  const shorter = short.digits < trainCount || short.epochs < epochs;
  return { ...base, short: shorter ? short : undefined };
}
