import type { KeyValueStore } from '../../src/present/storage.ts';

/** A Web Storage stand-in for the presenter's settings, its data open to the test. */
export const memoryStore = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
};
