/**
 * Web Storage (localStorage/sessionStorage) as the presenter uses it, with its failures made
 * visible: a write that throws (a full quota, storage denied in a private window) is reported
 * once to `onStorageError` with a message for the lecturer (Ukrainian), instead of vanishing
 * in a `catch {}`. The error is still thrown, so callers keep their own fallback (the choice
 * lasts for this view only). Reads that throw are reported the same way.
 *
 * What is read back is checked against a schema (`readStored`): another version of the app,
 * an extension or a person may have written anything under our keys.
 */

import * as v from 'valibot';
import { TimerSnapshotSchema } from './timer.ts';

/** The part of `Storage` the presenter uses (injectable in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface StorageError {
  /** The key that could not be written or read. */
  readonly key: string;
  readonly operation: 'read' | 'write';
  /** For the lecturer (a notice), in Ukrainian. */
  readonly message: string;
  readonly cause: unknown;
}

const nameOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as Error).name === 'string'
    ? (error as Error).name
    : '';

/** Why storage failed, as the lecturer reads it. */
export function storageReason(error: unknown): string {
  const name = nameOf(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return `у браузері скінчилося місце для збережених даних (${name})`;
  }
  if (name === 'SecurityError') return `браузер не дозволяє зберігати дані (${name})`;
  return error instanceof Error ? error.message || name : String(error);
}

const messageFor = (operation: 'read' | 'write', error: unknown): string =>
  operation === 'write'
    ? `Не вдалося запам’ятати налаштування: ${storageReason(error)} — вони діятимуть лише до перезавантаження.`
    : `Не вдалося прочитати збережені налаштування: ${storageReason(error)} — діють типові.`;

/**
 * `storage` with its failures reported: each key's first failure per operation is reported;
 * after a success on that key the next failure is reported again (no message every second
 * from a timer that keeps writing). Undefined stays undefined (no storage at all).
 */
export function reportingStorage(
  storage: KeyValueStore | undefined,
  onStorageError: (error: StorageError) => void,
): KeyValueStore | undefined {
  if (storage === undefined) return undefined;
  const failing = new Set<string>();
  const guarded = <T>(operation: 'read' | 'write', key: string, work: () => T): T => {
    const id = `${operation}:${key}`;
    try {
      const result = work();
      failing.delete(id);
      return result;
    } catch (cause) {
      if (!failing.has(id)) {
        failing.add(id);
        onStorageError({ key, operation, message: messageFor(operation, cause), cause });
      }
      throw cause;
    }
  };
  return {
    getItem: (key) => guarded('read', key, () => storage.getItem(key)),
    setItem: (key, value) => guarded('write', key, () => storage.setItem(key, value)),
  };
}

/**
 * A whole number stored as text (`"20"`), within [min, max]. Surrounding whitespace
 * (`" 20"`, `"20\n"`: an older version or a hand edit in devtools) is ignored; anything else
 * that is not plain ASCII digits (`"20px"`, `"2e1"`, `"20.0"`, `""`, full-width `"１２"`) is
 * rejected, so the setting falls back to its default.
 */
export const storedInteger = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    // No `u` flag: \d is ASCII 0-9 only.
    v.regex(/^-?\d{1,9}$/),
    v.toNumber(),
    v.integer(),
    v.minValue(min),
    v.maxValue(max),
  );

/** The presenter's timer (src/present/timer.ts TimerSnapshot) as stored: JSON text. */
export const StoredTimerSchema = v.pipe(
  v.string(),
  v.maxLength(1000),
  v.parseJson(),
  TimerSnapshotSchema,
);

/**
 * The value stored under `key` when it passes `schema`, else `fallback` (nothing stored,
 * storage missing or throwing, or anything malformed).
 */
export function readStored<S extends v.GenericSchema<string, unknown>>(
  store: KeyValueStore | undefined,
  key: string,
  schema: S,
  fallback: v.InferOutput<S>,
): v.InferOutput<S> {
  let text: string | null = null;
  try {
    text = store?.getItem(key) ?? null;
  } catch {
    // Reported by reportingStorage when the store is wrapped; the fallback applies.
    return fallback;
  }
  if (text === null) return fallback;
  const result = v.safeParse(schema, text);
  return result.success ? result.output : fallback;
}
