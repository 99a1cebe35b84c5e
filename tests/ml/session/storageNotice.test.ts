import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { saveSessionModel } from '../../../src/ml/models/sessionStore.ts';
import type { SessionStore } from '../../../src/ml/session/deps.ts';
import { createSession } from '../../../src/ml/session/index.ts';
import { createIdbStore } from '../../../src/widgets/live-cell/idbStore.ts';
import { TEST_SETTINGS, useSmallData } from '../../support/sessionData.ts';
import { fakeIndexedDb } from '../../widgets/live-cell/fakeIndexedDb.ts';
import { loadPretrainedFromDisk, testDeps } from './helpers.ts';

const QUOTA = 'у браузері скінчилося місце для збережених даних (QuotaExceededError)';
const data = useSmallData(600, 32);

describe('storage that fails says so to the lecturer', { timeout: 60_000 }, () => {
  it('a full IndexedDB quota: the cell that ran says its results were not saved', async () => {
    const idb = fakeIndexedDb({
      abortWith: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    const s = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, createIdbStore(idb.factory)),
      settings: TEST_SETTINGS,
    });
    await s.run('train-shapes');
    const cell = s.snapshot().cells['train-shapes'];
    expect(cell.state).toBe('done');
    expect(cell.notice).toBe(
      `Не вдалося зберегти результати: ${QUOTA} — після перезавантаження їх не буде`,
    );
    expect(idb.data.size).toBe(0);
    s.dispose();
  });

  /** A store whose every call fails with `error`, counting the calls. */
  const failingStore = (error: DOMException): SessionStore & { calls: string[] } => {
    const calls: string[] = [];
    const fail = (name: string) => async (): Promise<never> => {
      calls.push(name);
      throw error;
    };
    return {
      calls,
      load: fail('load'),
      save: fail('save'),
      saveModel: fail('saveModel'),
      loadModel: fail('loadModel'),
      clear: fail('clear'),
    };
  };

  it('stored results that cannot be read: the session works and says why', async () => {
    const store = failingStore(new DOMException('denied', 'SecurityError'));
    const s = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, store),
      settings: TEST_SETTINGS,
    });
    await s.run('train-shapes');
    expect(store.calls[0]).toBe('load');
    expect(s.snapshot().cells['train-shapes'].state).toBe('done');
    expect(s.snapshot().info.notice).toBe(
      'Не вдалося прочитати збережені результати: браузер не дозволяє зберігати дані (SecurityError).',
    );
    s.dispose();
  });

  it('a reset whose stored results cannot be cleared says they will come back', async () => {
    const store = failingStore(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const s = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, store),
      settings: TEST_SETTINGS,
    });
    await s.run('train-shapes');
    await s.reset();
    expect(store.calls).toContain('clear');
    expect(s.snapshot().info.notice).toBe(
      `Не вдалося стерти збережені результати: ${QUOTA}. Після перезавантаження вони повернуться.`,
    );
    s.dispose();
  });

  it('a trained model the quota refuses: saving rejects with the same message', async () => {
    // Node has no `indexeddb://` handler: this one refuses as a full browser quota does.
    const full = tf.io.withSaveHandler(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    // A router answers null for URLs it does not handle (the type says IOHandler only).
    const none = null as unknown as tf.io.IOHandler;
    tf.io.registerSaveRouter((url) => (String(url).startsWith('indexeddb://') ? full : none));
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });
    try {
      await expect(saveSessionModel(model, 'k')).rejects.toThrow(QUOTA);
    } finally {
      model.dispose();
    }
  });
});
