import { CELL_SPECS, type CellId, prerequisiteOrder } from '../../ml/session/cellCatalog.ts';
import type { SessionSnapshot } from '../../ml/session/types.ts';

/** The first step of a fresh session: loading tfjs and choosing its backend. */
export const BACKEND_STEP = 'запуск TensorFlow.js';

/**
 * What still has to run before cell `id` does, in order: the backend while it is not up, the
 * data while the session holds none, and each prerequisite cell not done yet (a done one is
 * in the session already or comes back from the store in a moment). Empty when `id` is not
 * the session's active run or nothing is pending.
 */
export function pendingSteps(snap: SessionSnapshot, id: CellId): string[] {
  const { cells, info } = snap;
  if (cells[id].state !== 'running' || info.active !== id) return [];
  const steps: string[] = [];
  if (info.backend === undefined) steps.push(BACKEND_STEP);
  for (const cell of prerequisiteOrder(id)) {
    const data = cell === 'mnist-load' && info.data === undefined;
    if (data || cells[cell].state !== 'done') steps.push(CELL_SPECS[cell].title);
  }
  return steps;
}

/**
 * "Спершу: запуск TensorFlow.js, завантаження MNIST, …; потім — навчання щільної мережі",
 * or undefined when nothing runs before the cell itself.
 */
export function pendingStepsUk(snap: SessionSnapshot, id: CellId): string | undefined {
  const steps = pendingSteps(snap, id);
  if (steps.length === 0) return undefined;
  return `Спершу: ${steps.join(', ')}; потім — ${CELL_SPECS[id].title}`;
}

/**
 * Whether cell `id` runs but waits behind another cell's run («У черзі…»): neither the
 * session's active run nor a prerequisite that run is executing. Its own run has not begun,
 * so a cancel pressed now is for later: `session.cancel()` would stop the other run.
 */
export function waitsInQueue(snap: SessionSnapshot, id: CellId): boolean {
  const { active } = snap.info;
  if (snap.cells[id].state !== 'running' || active === id) return false;
  return active === undefined || !prerequisiteOrder(active).includes(id);
}
