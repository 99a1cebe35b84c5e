import type { SessionStore } from '../../ml/session/deps.ts';
import { type PersistedSession, storageFailure } from '../../ml/session/store.ts';

const DB = 'live-lecture-deck-session';
const STORE = 'sessions';

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('IndexedDB is blocked', 'InvalidStateError'));
  });
}

/**
 * One request in its own transaction. A read resolves with the request's result; a write only
 * once its transaction has committed: a full quota or disk aborts the transaction after the
 * request itself succeeded, and that failure must reach the caller (and so the lecturer).
 */
function call<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = op(tx.objectStore(STORE));
    const failed = () => reject(request.error ?? tx.error ?? new Error('IndexedDB failed'));
    if (mode === 'readonly') {
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = failed;
      return;
    }
    tx.oncomplete = () => resolve(request.result as T);
    tx.onabort = failed;
    tx.onerror = failed;
  });
}

/** The store's failures as the lecturer reads them (storageFailure), the cause kept. */
const reported = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw storageFailure(error);
  }
};

/**
 * The session's results in IndexedDB: the printed outputs in a small object store, trained
 * models through tfjs's `indexeddb://` (src/ml/models/sessionStore.ts). Failures reject with
 * a message for the lecturer (the session shows it as a notice); what `load` gives back is
 * checked by the session (readPersistedSession, src/ml/session/store.ts).
 */
export function createIdbStore(factory: IDBFactory): SessionStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    db ??= openDb(factory).catch((error: unknown) => {
      db = undefined; // the next call tries again (a blocked upgrade may be over)
      throw error;
    });
    return db;
  };
  const models = () => import('../../ml/models/sessionStore.ts');
  return {
    load: (key) =>
      reported(async () =>
        // Unchecked here on purpose: readPersistedSession checks every cell on its own.
        call<PersistedSession | undefined>(await open(), 'readonly', (s) => s.get(key)),
      ),
    save: (key, value) =>
      reported(async () => {
        await call(await open(), 'readwrite', (s) => s.put(value, key));
      }),
    async saveModel(key, model) {
      await (await models()).saveSessionModel(model, key);
    },
    async loadModel(key) {
      return (await models()).loadSessionModel(key);
    },
    clear: (key) =>
      reported(async () => {
        await call(await open(), 'readwrite', (s) => s.delete(key));
        const m = await models();
        for (const { key: k } of await m.listSessionModels()) {
          if (k.startsWith(key)) await m.removeSessionModel(k);
        }
      }),
  };
}
