import * as v from 'valibot';
import { CELL_SPECS, type CellId } from './cellCatalog.ts';
import { CellSnapshotSchema, cellIdOf } from './schemas.ts';
import type { CellSnapshot } from './types.ts';

/** What survives a reload: the finished cells' outputs (models are stored separately). */
export interface PersistedSession {
  readonly version: 1;
  readonly cells: readonly CellSnapshot[];
}

/** The record's envelope; each cell is then checked on its own (CellSnapshotSchema). */
const StoredEnvelope = v.object({ version: v.literal(1), cells: v.array(v.unknown()) });

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
  const envelope = v.safeParse(StoredEnvelope, value);
  if (!envelope.success) return { cells: [], damaged: true, dropped: [] };
  const stored = envelope.output.cells;
  const cells: CellSnapshot[] = [];
  const dropped: CellId[] = [];
  for (const c of stored) {
    const cell = v.safeParse(CellSnapshotSchema, c);
    // The schema agrees with CellSnapshot (see Agrees in schemas.ts).
    if (cell.success) cells.push(cell.output as CellSnapshot);
    else {
      const id = cellIdOf(c);
      if (id !== undefined && !dropped.includes(id)) dropped.push(id);
    }
  }
  return { cells, damaged: cells.length < stored.length, dropped };
}

/** "Збережені результати пошкоджені — їх скинуто: «оцінка щільної мережі»." */
export function damagedNotice(dropped: readonly CellId[]): string {
  const titles = dropped.map((id) => `«${CELL_SPECS[id].title}»`).join(', ');
  return `Збережені результати пошкоджені — їх скинуто${titles === '' ? '' : `: ${titles}`}.`;
}

/**
 * A storage error as the lecturer reads it in a notice (the session prefixes "Не вдалося
 * зберегти …"): a full disk or quota, blocked storage, or the browser's own message. The
 * original error stays as `cause` (console, tests).
 */
export function storageFailure(error: unknown): Error {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const text =
    name === 'QuotaExceededError'
      ? 'у браузері скінчилося місце для збережених даних (QuotaExceededError)'
      : name === 'SecurityError' || name === 'InvalidStateError'
        ? `браузер не дозволяє зберігати дані (${name})`
        : error instanceof Error || error instanceof DOMException
          ? error.message || name
          : String(error);
  return new Error(text, { cause: error });
}
