import type { SessionStore } from '../../ml/session/deps.ts';
import type { PersistedSession } from '../../ml/session/store.ts';

const DB = 'live-lecture-deck-session';
const STORE = 'sessions';

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function call<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = op(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The session's results in IndexedDB: the printed outputs in a small object store, trained
 * models through tfjs's `indexeddb://` (src/ml/models/sessionStore.ts).
 */
export function createIdbStore(factory: IDBFactory): SessionStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    db ??= openDb(factory);
    return db;
  };
  const models = () => import('../../ml/models/sessionStore.ts');
  return {
    async load(key) {
      return call<PersistedSession | undefined>(await open(), 'readonly', (s) => s.get(key));
    },
    async save(key, value) {
      await call(await open(), 'readwrite', (s) => s.put(value, key));
    },
    async saveModel(key, model) {
      await (await models()).saveSessionModel(model, key);
    },
    async loadModel(key) {
      return (await models()).loadSessionModel(key);
    },
    async clear(key) {
      await call(await open(), 'readwrite', (s) => s.delete(key));
      const m = await models();
      for (const { key: k } of await m.listSessionModels()) {
        if (k.startsWith(key)) await m.removeSessionModel(k);
      }
    },
  };
}
