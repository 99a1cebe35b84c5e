import type { DataDescriptor, LoadProgress } from './types.ts';

/**
 * Checks of the data types that cross a boundary (a fetched manifest, a data Worker's
 * messages, a stored session, another window): one guard per type, shared by every reader.
 */
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

export function isDataDescriptor(x: unknown): x is DataDescriptor {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    typeof x.name === 'string' &&
    Number.isInteger(x.trainCount) &&
    isCount(x.trainCount) &&
    Number.isInteger(x.testCount) &&
    isCount(x.testCount) &&
    typeof x.split === 'string' &&
    (x.fallback === undefined || typeof x.fallback === 'string')
  );
}

export function isLoadProgress(x: unknown): x is LoadProgress {
  return (
    isObject(x) &&
    typeof x.name === 'string' &&
    isCount(x.bytes) &&
    isCount(x.totalBytes) &&
    isCount(x.digits) &&
    isCount(x.totalDigits)
  );
}
