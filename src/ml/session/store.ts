import type { CellSnapshot } from './types.ts';

/** What survives a reload: the finished cells' outputs (models are stored separately). */
export interface PersistedSession {
  readonly version: 1;
  readonly cells: readonly CellSnapshot[];
}

export function isPersistedSession(value: unknown): value is PersistedSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { version?: unknown; cells?: unknown };
  return v.version === 1 && Array.isArray(v.cells);
}
