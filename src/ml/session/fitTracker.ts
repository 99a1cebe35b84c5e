import { createFitLogger } from '../keras-format/index.ts';
import type { BatchLogs, EpochLogs } from '../train/fit.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import type { TrainingProgress } from './types.ts';

/**
 * Turns fit callbacks into the training view's state: Keras lines (one bar per epoch, updated
 * in place), per-epoch history, the overall fraction and an ETA from the time so far. A
 * `note` (a Python comment, e.g. that this fit continues an earlier one) is the first line.
 */
export function createFitTracker(options: {
  readonly kind: TrainedKind;
  readonly cell: CellId;
  readonly epochs: number;
  readonly trainCount: number;
  readonly batchSize: number;
  readonly now: () => number;
  readonly note?: string;
}) {
  const batches = Math.max(1, Math.ceil(options.trainCount / options.batchSize));
  const logger = createFitLogger({ epochs: options.epochs, steps: batches });
  const lines: string[] = options.note === undefined ? [] : [options.note];
  const history = { loss: [] as number[], accuracy: [] as number[] };
  const start = options.now();
  let epochShown = -1;
  let progress: TrainingProgress = {
    kind: options.kind,
    cell: options.cell,
    epoch: 0,
    epochs: options.epochs,
    batch: 0,
    batches,
    loss: Number.NaN,
    accuracy: Number.NaN,
    history,
    lines,
    etaSeconds: undefined,
    fraction: 0,
    trainCount: options.trainCount,
  };

  const snapshot = (): TrainingProgress => ({
    ...progress,
    lines: [...lines],
    history: { loss: [...history.loss], accuracy: [...history.accuracy] },
  });

  return {
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
