import { isDataDescriptor, isLoadProgress } from '../data/guards.ts';
import { type CellId, isCellId, LIVE_CELL_IDS } from './cellCatalog.ts';
import type { FitStart } from './fitPlan.ts';
import type {
  CellOutput,
  CellSnapshot,
  FitRecord,
  LiveSettings,
  SessionInfo,
  SessionSnapshot,
  TrainingProgress,
} from './types.ts';

/**
 * Deep checks of the session's data where it crosses a boundary (IndexedDB, other windows):
 * one guard per type, used by the store (store.ts) and the bus protocol (busProtocol.ts).
 * Plain functions for now; a schema library (e.g. valibot) deriving the types would replace
 * them.
 */

export { isDataDescriptor, isLoadProgress };

type Guard<T> = (x: unknown) => x is T;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';
/** Any number (a diverged loss is NaN). */
const isNumber = (x: unknown): x is number => typeof x === 'number';
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => isFiniteNumber(x) && x >= 0;
const isPositive = (x: unknown): x is number => isFiniteNumber(x) && x > 0;
const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (x): x is T | undefined =>
    x === undefined || guard(x);
const oneOf =
  <const T extends string>(...values: readonly T[]): Guard<T> =>
  (x): x is T =>
    typeof x === 'string' && (values as readonly string[]).includes(x);
const arrayOf =
  <T>(guard: Guard<T>): Guard<readonly T[]> =>
  (x): x is readonly T[] =>
    Array.isArray(x) && x.every((item) => guard(item));
const isCellIdValue = (x: unknown): x is CellId => isString(x) && isCellId(x);

const DIGIT_PIXELS = 784;
const CLASSES = 10;

export function isCellOutput(x: unknown): x is CellOutput {
  if (!isObject(x) || !isString(x.label)) return false;
  switch (x.kind) {
    case 'text':
      return isString(x.text);
    case 'digits': {
      const { pixels, probabilities, labels } = x;
      return (
        labels instanceof Uint8Array &&
        pixels instanceof Uint8Array &&
        probabilities instanceof Float32Array &&
        pixels.length === labels.length * DIGIT_PIXELS &&
        probabilities.length === labels.length * CLASSES
      );
    }
    case 'history':
      return arrayOf(isNumber)(x.loss) && arrayOf(isNumber)(x.accuracy);
    default:
      return false;
  }
}

export function isFitRecord(x: unknown): x is FitRecord {
  return (
    isObject(x) &&
    isCount(x.epochs) &&
    isCount(x.samples) &&
    isCount(x.fits) &&
    isFiniteNumber(x.at) &&
    oneOf('seed', 'pretrained')(x.base)
  );
}

export function isCellSnapshot(x: unknown): x is CellSnapshot {
  return (
    isObject(x) &&
    isCellIdValue(x.id) &&
    oneOf('idle', 'running', 'done', 'error')(x.state) &&
    arrayOf(isCellOutput)(x.outputs) &&
    isString(x.status) &&
    optional(isString)(x.error) &&
    optional(oneOf('trained', 'pretrained'))(x.source) &&
    optional(isFitRecord)(x.trained) &&
    optional(isString)(x.backend) &&
    optional(isString)(x.notice)
  );
}

export function isLiveSettings(x: unknown): x is LiveSettings {
  return (
    isObject(x) &&
    isCount(x.epochs) &&
    isCount(x.batchSize) &&
    optional(isCount)(x.subset) &&
    typeof x.test === 'boolean' &&
    optional(isCount)(x.budgetSeconds)
  );
}

const isKind = oneOf('dense', 'convnet');

const isPlannedRun = (x: unknown): boolean =>
  isObject(x) && isCount(x.digits) && isCount(x.epochs) && isNumber(x.seconds);

export function isFitStart(x: unknown): x is FitStart {
  if (
    !isObject(x) ||
    !isFiniteNumber(x.id) ||
    !isKind(x.kind) ||
    !isCellIdValue(x.cell) ||
    !oneOf('starting', 'measuring', 'choosing')(x.phase) ||
    !optional(isString)(x.backend) ||
    !isCount(x.trainCount) ||
    !isCount(x.epochs)
  ) {
    return false;
  }
  const e = x.estimate;
  if (e === undefined) return x.phase !== 'choosing';
  return (
    isObject(e) &&
    isString(e.backend) &&
    isPositive(e.samplesPerSecond) &&
    arrayOf(isNumber)(e.msPerBatch) &&
    isNumber(e.budgetSeconds) &&
    isPlannedRun(e.full) &&
    (e.short === undefined || isPlannedRun(e.short))
  );
}

export function isTrainingProgress(x: unknown): x is TrainingProgress {
  return (
    isObject(x) &&
    isKind(x.kind) &&
    isCellIdValue(x.cell) &&
    [x.epoch, x.epochs, x.batches, x.trainCount].every(isCount) &&
    // -1: the fit has started but no batch has finished yet (fitTracker's first report).
    isFiniteNumber(x.batch) &&
    x.batch >= -1 &&
    [x.loss, x.accuracy, x.elapsedSeconds, x.fraction].every(isNumber) &&
    isObject(x.history) &&
    arrayOf(isNumber)(x.history.loss) &&
    arrayOf(isNumber)(x.history.accuracy) &&
    arrayOf(isString)(x.lines) &&
    optional(isNumber)(x.etaSeconds) &&
    optional(isNumber)(x.estimateSeconds)
  );
}

export function isSessionInfo(x: unknown): x is SessionInfo {
  return (
    isObject(x) &&
    optional(isString)(x.backend) &&
    optional(isDataDescriptor)(x.data) &&
    isLiveSettings(x.settings) &&
    optional(isCellIdValue)(x.active) &&
    optional(isTrainingProgress)(x.training) &&
    optional(isLoadProgress)(x.loading) &&
    optional(isFitStart)(x.fitStart) &&
    optional(isString)(x.notice)
  );
}

/** Every key a cell id naming its own cell (a mirror merges them into its cells). */
export function isSessionCells(x: unknown): x is Partial<Record<CellId, CellSnapshot>> {
  return (
    isObject(x) &&
    Object.entries(x).every(
      ([key, cell]) => isCellId(key) && isCellSnapshot(cell) && cell.id === key,
    )
  );
}

export function isSessionSnapshot(x: unknown): x is SessionSnapshot {
  return (
    isObject(x) &&
    isSessionCells(x.cells) &&
    LIVE_CELL_IDS.every((id) => id in (x.cells as object)) &&
    isSessionInfo(x.info)
  );
}
