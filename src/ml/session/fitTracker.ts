import { createFitLogger } from '../keras-format/index.ts';
import type { BatchLogs, EpochLogs } from '../train/fit.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import type { TrainingProgress } from './types.ts';

/**
 * Turns fit callbacks into the training view's state: Keras lines (one bar per epoch, updated
 * in place), per-epoch history, the overall fraction, the time since the tracker was made
 * (made when training starts) and an ETA: the measured estimate until batches report, then
 * from the time so far. `notes` (Python comments: that this fit continues an earlier one,
 * what a shortened run trains) are the first lines.
 */
export function createFitTracker(options: {
  readonly kind: TrainedKind;
  readonly cell: CellId;
  readonly epochs: number;
  readonly trainCount: number;
  readonly batchSize: number;
  readonly now: () => number;
  readonly notes?: readonly string[];
  /** The estimate made before the run, seconds. */
  readonly estimateSeconds?: number;
}) {
  const batches = Math.max(1, Math.ceil(options.trainCount / options.batchSize));
  const logger = createFitLogger({ epochs: options.epochs, steps: batches });
  const lines: string[] = [...(options.notes ?? [])];
  const history = { loss: [] as number[], accuracy: [] as number[] };
  const start = options.now();
  let epochShown = -1;
  let progress: TrainingProgress = {
    kind: options.kind,
    cell: options.cell,
    epoch: 0,
    epochs: options.epochs,
    batch: -1,
    batches,
    loss: Number.NaN,
    accuracy: Number.NaN,
    history,
    lines,
    etaSeconds: options.estimateSeconds,
    elapsedSeconds: 0,
    estimateSeconds: options.estimateSeconds,
    fraction: 0,
    trainCount: options.trainCount,
  };

  const snapshot = (): TrainingProgress => ({
    ...progress,
    elapsedSeconds: (options.now() - start) / 1000,
    lines: [...lines],
    history: { loss: [...history.loss], accuracy: [...history.accuracy] },
  });

  return {
    /** Before the first batch: nothing done, the estimate as the time left. */
    start: (): TrainingProgress => snapshot(),
    batch(logs: BatchLogs): TrainingProgress {
      if (logs.epoch !== epochShown) {
        epochShown = logs.epoch;
        lines.push(logger.beginEpoch(logs.epoch + 1, 0));
        lines.push('');
      }
      const line = logger.step(
        logs.batch + 1,
        [
          ['loss', logs.loss],
          ['accuracy', logs.accuracy],
        ],
        logs.seconds,
      );
      lines[lines.length - 1] = line;
      const done = logs.epoch * logs.batches + logs.batch + 1;
      const fraction = Math.min(1, done / (options.epochs * logs.batches));
      const elapsed = (options.now() - start) / 1000;
      progress = {
        ...progress,
        epoch: logs.epoch,
        batch: logs.batch,
        batches: logs.batches,
        loss: logs.loss,
        accuracy: logs.accuracy,
        fraction,
        etaSeconds: fraction > 0 ? (elapsed / fraction) * (1 - fraction) : undefined,
      };
      return snapshot();
    },
    epoch(logs: EpochLogs): TrainingProgress {
      history.loss.push(logs.loss);
      history.accuracy.push(logs.accuracy);
      return snapshot();
    },
    /** The printed output once fit returns (Keras's lines, as the notebook shows them). */
    lines: (): string[] => [...lines],
  };
}
