import type * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { SessionStore } from '../../../src/ml/session/deps.ts';
import { DAMAGED_WEIGHTS, fittedWeights, lostWeights } from '../../../src/ml/session/fitted.ts';
import { createSession } from '../../../src/ml/session/index.ts';
import { createMemoryStore } from '../../../src/ml/session/memoryStore.ts';
import type { PersistedSession } from '../../../src/ml/session/store.ts';
import type { SessionSnapshot } from '../../../src/ml/session/types.ts';
import { TEST_SETTINGS, useSmallData } from '../../support/sessionData.ts';
import { loadPretrainedFromDisk, testDeps } from './helpers.ts';

const KEY = 'live-session-test-256-1';
const data = useSmallData(600, 32);

/**
 * A store like IndexedDB that can go wrong: saves that fail (quota), stored records of any
 * shape (`raw`), models whose weights are truncated.
 */
function hostileStore() {
  const records = new Map<string, unknown>();
  const models = new Map<string, tf.io.ModelArtifacts>();
  const faults = {
    save: undefined as Error | undefined,
    saveModel: undefined as Error | undefined,
  };
  const base = createMemoryStore({ sessions: records, models });
  const store: SessionStore = {
    ...base,
    async save(key, value) {
      if (faults.save) throw faults.save;
      await base.save(key, value);
    },
    async saveModel(key, model) {
      if (faults.saveModel) throw faults.saveModel;
      await base.saveModel(key, model);
    },
  };
  const truncate = (): void => {
    for (const [k, a] of models) {
      const w = a.weightData as ArrayBuffer;
      models.set(k, { ...a, weightData: w.slice(0, Math.floor(w.byteLength / 3)) });
    }
  };
  return { store, records, models, faults, truncate };
}

/** A cell view's reading of the outputs: throws on what it cannot show. */
const viewLike = (s: SessionSnapshot): void => {
  for (const c of Object.values(s.cells)) for (const o of c.outputs) void o.kind;
};

const settle = <T>(p: Promise<T>, ms = 60_000): Promise<T | 'timeout'> =>
  Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);

describe('stored results that are damaged or cannot be saved', { timeout: 120_000 }, () => {
  it('drops a malformed stored cell, says so, and keeps the rest with the trained model', async () => {
    const h = hostileStore();
    const a = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, h.store),
      settings: TEST_SETTINGS,
    });
    await a.run('dense-fit');
    a.dispose();
    const record = h.records.get(KEY) as PersistedSession;
    h.records.set(KEY, {
      ...record,
      cells: [...record.cells, { id: 'dense-evaluate', state: 'done', outputs: [null] }],
    });

    const deps = testDeps(data(), loadPretrainedFromDisk, h.store);
    const b = createSession({ deps, settings: TEST_SETTINGS });
    b.subscribe(viewLike);
    expect(await settle(b.ready)).toBeUndefined();
    const snap = b.snapshot();
    expect(snap.info.notice).toBe(
      'Збережені результати пошкоджені — їх скинуто: «оцінка щільної мережі».',
    );
    expect(snap.cells['dense-evaluate'].state).toBe('idle');
    expect(snap.cells['dense-fit']).toMatchObject({ state: 'done', source: 'trained' });
    const copy = await b.copyFittedModel('dense');
    expect(copy).toBeDefined();
    copy?.dispose();
    expect(await settle(b.run('dense-evaluate'))).toBeUndefined();
    expect(b.snapshot().cells['dense-evaluate'].state).toBe('done');
    expect(deps.calls.train).toBe(0);
    // The store no longer holds the damaged record.
    const saved = h.records.get(KEY) as PersistedSession;
    expect(saved.cells.every((c) => c.outputs.every((o) => o !== null))).toBe(true);
    await b.reset();
    expect(b.snapshot().info.notice).toBeUndefined();
    b.dispose();
  });

  it('a listener that throws never rejects ready or stops the run queue', async () => {
    const h = hostileStore();
    h.records.set(KEY, {
      version: 1,
      cells: [{ id: 'dense-model', state: 'done', outputs: [], status: '' }],
    });
    const s = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, h.store),
      settings: TEST_SETTINGS,
    });
    s.subscribe(() => {
      throw new Error('view bug');
    });
    const errors = console.error;
    console.error = () => undefined;
    try {
      expect(await settle(s.ready)).toBeUndefined();
      expect(await settle(s.run('train-shapes'))).toBeUndefined();
      expect(s.snapshot().cells['train-shapes'].state).toBe('done');
      await s.reset();
      await s.run('dense-model');
      expect(s.snapshot().cells['dense-model'].state).toBe('done');
    } finally {
      console.error = errors;
      s.dispose();
    }
  });

  it('says in the cell when results or the trained model could not be saved', async () => {
    const h = hostileStore();
    h.faults.save = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    h.faults.saveModel = new Error('IndexedDB is closed');
    const s = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, h.store),
      settings: TEST_SETTINGS,
    });
    await s.run('dense-fit');
    const cells = s.snapshot().cells;
    expect(cells['dense-fit'].state).toBe('done');
    expect(cells['dense-fit'].notice).toBe(
      'Не вдалося зберегти навчену модель: IndexedDB is closed — після перезавантаження її не буде ' +
        'Не вдалося зберегти результати: The quota has been exceeded. — після перезавантаження їх не буде',
    );
    expect(cells['dense-model'].notice).toContain('Не вдалося зберегти результати');
    // Saving works again: a new run clears the notice.
    h.faults.save = undefined;
    await s.run('dense-model');
    expect(s.snapshot().cells['dense-model'].notice).toBeUndefined();
    s.dispose();
  });

  it('a truncated stored model: the fit cell says so instead of claiming trained', async () => {
    const h = hostileStore();
    const a = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, h.store),
      settings: TEST_SETTINGS,
    });
    await a.run('dense-fit');
    a.dispose();
    h.truncate();

    const b = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, h.store),
      settings: TEST_SETTINGS,
    });
    await b.ready;
    expect(fittedWeights(b.snapshot(), 'dense')).toBeDefined();
    await expect(b.copyFittedModel('dense')).rejects.toThrow(DAMAGED_WEIGHTS);
    const fit = b.snapshot().cells['dense-fit'];
    expect(fit).toMatchObject({ state: 'idle', notice: DAMAGED_WEIGHTS });
    expect(fit.source).toBeUndefined();
    expect(fittedWeights(b.snapshot(), 'dense')).toBeUndefined();
    expect(lostWeights(b.snapshot(), 'dense')).toBe('damaged');
    expect(b.untrained('dense-evaluate')).toEqual(['dense']);
    b.dispose();
  });

  it('replaying a truncated stored model fails with a clear message, then trains again', async () => {
    const h = hostileStore();
    const a = createSession({
      deps: testDeps(data(), loadPretrainedFromDisk, h.store),
      settings: TEST_SETTINGS,
    });
    await a.run('dense-fit');
    a.dispose();
    h.truncate();
    const deps = testDeps(data(), loadPretrainedFromDisk, h.store);
    const b = createSession({ deps, settings: TEST_SETTINGS });
    await b.run('dense-evaluate');
    let cells = b.snapshot().cells;
    expect(cells['dense-fit']).toMatchObject({ state: 'error', error: DAMAGED_WEIGHTS });
    expect(cells['dense-fit'].source).toBeUndefined();
    expect(cells['dense-evaluate'].error).toBe(
      `Не вдалося виконати «навчання щільної мережі»: ${DAMAGED_WEIGHTS}`,
    );
    await b.run('dense-evaluate');
    cells = b.snapshot().cells;
    expect(cells['dense-evaluate'].state).toBe('done');
    expect(cells['dense-fit']).toMatchObject({ state: 'done', source: 'trained' });
    expect(deps.calls.train).toBe(1);
    b.dispose();
  });
});
