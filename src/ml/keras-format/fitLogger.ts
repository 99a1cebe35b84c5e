import { createProgbar, epochLine, type Progbar, type ProgbarValues } from './progbar.ts';

/** Keras-style `fit` output: `Epoch e/E`, then one progress line per epoch, updated in place. */
export interface FitLogger {
  /** Starts an epoch (1-based) at `nowSeconds`; returns `Epoch 1/5`. */
  beginEpoch(epoch: number, nowSeconds: number): string;
  /**
   * The current line after `step` batches of this epoch. `means` are the epoch's running means
   * (as Keras's stateful metrics report them), e.g. from `createRunningMean().values()`.
   */
  step(step: number, means: ProgbarValues, nowSeconds: number): string;
}

export interface FitLoggerOptions {
  readonly epochs: number;
  /** Batches per epoch (Keras: ceil(samples / batchSize), e.g. 469 for 60000 / 128). */
  readonly steps: number;
}

export function createFitLogger(options: FitLoggerOptions): FitLogger {
  let bar: Progbar | null = null;
  let start = 0;
  return {
    beginEpoch(epoch, nowSeconds) {
      bar = null;
      start = nowSeconds;
      return epochLine(epoch, options.epochs);
    },
    step(step, means, nowSeconds) {
      bar ??= createProgbar(
        { target: options.steps, statefulMetrics: means.map(([k]) => k) },
        start,
      );
      return bar.update(step, means, nowSeconds);
    },
  };
}

/** `evaluate` output: a single bar over the test batches (stateful running means). */
export function createEvaluateLogger(
  steps: number,
  startSeconds: number,
  metricNames: readonly string[],
): Progbar {
  return createProgbar({ target: steps, statefulMetrics: metricNames }, startSeconds);
}
