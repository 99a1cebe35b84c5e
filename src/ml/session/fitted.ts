import type { CellId, TrainedKind } from './cellCatalog.ts';
import type { FitRecord, SessionSnapshot } from './types.ts';

/** The fit cell of each trained model. */
export const FIT_CELLS: Readonly<Record<TrainedKind, CellId>> = Object.freeze({
  dense: 'dense-fit',
  convnet: 'convnet-fit',
});

/** The cell that builds each model with fresh weights (re-running it starts training over). */
export const MODEL_CELLS: Readonly<Record<TrainedKind, CellId>> = Object.freeze({
  dense: 'dense-model',
  convnet: 'convnet-model',
});

/**
 * What the session's `kind` model holds when it was trained in this lecture: the fit cell
 * keeps the record while a later fit runs, after a cancel, and when an earlier cell (compile,
 * data) made it idle, since the model keeps its weights then, as in Keras. Undefined when the
 * model has the seed's weights (its model cell ran since), the pretrained copy, or nothing.
 * Pure: other widgets (draw-a-digit) read it from a snapshot without loading tfjs.
 */
export function fittedWeights(snapshot: SessionSnapshot, kind: TrainedKind): FitRecord | undefined {
  const cell = snapshot.cells[FIT_CELLS[kind]];
  return cell.source === 'trained' ? cell.trained : undefined;
}

/** A fit cell's stored weights would not load (truncated, damaged). */
export const DAMAGED_WEIGHTS = 'Збережені ваги пошкоджені — виконайте навчання ще раз';
/** A fit cell says it trained, but its weights were never stored (or were removed). */
export const MISSING_WEIGHTS = 'Збережених ваг не знайдено — виконайте навчання ще раз';

/**
 * Why the session's `kind` model lost the weights its fit cell trained (the cell says so in its
 * notice or error), else undefined. Pure: draw-a-digit's caption names it.
 */
export function lostWeights(
  snapshot: SessionSnapshot,
  kind: TrainedKind,
): 'damaged' | 'missing' | undefined {
  const cell = snapshot.cells[FIT_CELLS[kind]];
  const said = [cell.notice, cell.error];
  if (said.some((s) => s?.includes(DAMAGED_WEIGHTS))) return 'damaged';
  if (said.some((s) => s?.includes(MISSING_WEIGHTS))) return 'missing';
  return undefined;
}

const ORDINALS = ['перше', 'друге', 'третє', 'четверте', "п'яте", 'шосте', 'сьоме', 'восьме'];

/** "# Продовжено навчання з поточних ваг (друге виконання fit)" for the `fits`-th run. */
export function continuationNote(fits: number): string {
  const nth = ORDINALS[fits - 1] ?? `${fits}-те`;
  return `# Продовжено навчання з поточних ваг (${nth} виконання fit)`;
}
