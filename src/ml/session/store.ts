import { CELL_SPECS, type CellId, isCellId } from './cellCatalog.ts';
import type { CellSnapshot } from './types.ts';
import { isCellSnapshot } from './validate.ts';

/** What survives a reload: the finished cells' outputs (models are stored separately). */
export interface PersistedSession {
  readonly version: 1;
  readonly cells: readonly CellSnapshot[];
}

/** A stored session as read back: the cells that validate, and whether anything was dropped. */
export interface StoredCells {
  readonly cells: readonly CellSnapshot[];
  /** Something stored did not validate (an old format, a damaged record) and was dropped. */
  readonly damaged: boolean;
  /** The cells whose records were dropped, where their ids could be read. */
  readonly dropped: readonly CellId[];
}

/**
 * Reads what the store gave back (anything: another version of the app may have written it).
 * Each cell is checked deeply on its own, so one bad record never takes the others with it.
 * Undefined when nothing is stored.
 */
export function readPersistedSession(value: unknown): StoredCells | undefined {
  if (value === undefined || value === null) return undefined;
  const v = value as { version?: unknown; cells?: unknown };
  if (typeof value !== 'object' || v.version !== 1 || !Array.isArray(v.cells)) {
    return { cells: [], damaged: true, dropped: [] };
  }
  const cells: CellSnapshot[] = [];
  const dropped: CellId[] = [];
  for (const c of v.cells as unknown[]) {
    if (isCellSnapshot(c)) cells.push(c);
    else {
      const id = (c as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && isCellId(id) && !dropped.includes(id)) dropped.push(id);
    }
  }
  return { cells, damaged: cells.length < v.cells.length, dropped };
}

/** "Збережені результати пошкоджені — їх скинуто: «оцінка щільної мережі»." */
export function damagedNotice(dropped: readonly CellId[]): string {
  const titles = dropped.map((id) => `«${CELL_SPECS[id].title}»`).join(', ');
  return `Збережені результати пошкоджені — їх скинуто${titles === '' ? '' : `: ${titles}`}.`;
}
