import { describe, expect, it } from 'vitest';
import type { PersistedSession } from '../../../src/ml/session/store.ts';
import { createIdbStore } from '../../../src/widgets/live-cell/idbStore.ts';
import { fakeIndexedDb } from './fakeIndexedDb.ts';

const session: PersistedSession = {
  version: 1,
  cells: [{ id: 'train-shapes', state: 'done', outputs: [], status: '' }],
};
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('the live session store in IndexedDB', () => {
  it('saves and loads a session once the write has committed', async () => {
    const idb = fakeIndexedDb();
    const store = createIdbStore(idb.factory);
    await store.save('k', session);
    expect(idb.data.get('k')).toEqual(session);
    expect(await store.load('k')).toEqual(session);
  });

  it('a full quota that aborts the commit rejects the save with a message for the lecturer', async () => {
    const store = createIdbStore(fakeIndexedDb({ abortWith: quota() }).factory);
    const saved = store.save('k', session);
    await expect(saved).rejects.toThrow(
      'у браузері скінчилося місце для збережених даних (QuotaExceededError)',
    );
    await expect(saved.catch((e: Error) => (e.cause as DOMException).name)).resolves.toBe(
      'QuotaExceededError',
    );
  });

  it('blocked storage (the database does not open) rejects with a message', async () => {
    const denied = new DOMException('denied', 'SecurityError');
    const store = createIdbStore(fakeIndexedDb({ failOpen: denied }).factory);
    await expect(store.save('k', session)).rejects.toThrow(
      'браузер не дозволяє зберігати дані (SecurityError)',
    );
    await expect(store.load('k')).rejects.toThrow('SecurityError');
  });
});
