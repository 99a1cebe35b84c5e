import { describe, expect, it } from 'vitest';
import {
  CELL_SPECS,
  LECTURE_SETTINGS,
  LIVE_CELL_IDS,
  liveSettingsFromQuery,
  parseSessionMessage,
  prerequisiteOrder,
  settingsKey,
} from '../../../src/ml/session/index.ts';

describe('test switch', () => {
  it('keeps the lecture settings without it', () => {
    expect(liveSettingsFromQuery('')).toBe(LECTURE_SETTINGS);
    expect(liveSettingsFromQuery('?p=lecture5.md&live=yes')).toBe(LECTURE_SETTINGS);
    expect(settingsKey(LECTURE_SETTINGS)).toBe('lecture');
  });

  it('?live=test trains on 512 digits for 1 epoch; subset and epochs can be tuned', () => {
    expect(liveSettingsFromQuery('?live=test')).toEqual({
      epochs: 1,
      batchSize: 128,
      subset: 512,
      test: true,
    });
    const tuned = liveSettingsFromQuery('?live-subset=2048&live-epochs=3');
    expect(tuned).toMatchObject({ subset: 2048, epochs: 3, test: true });
    expect(settingsKey(tuned)).toBe('test-2048-3');
    expect(liveSettingsFromQuery('?live=test&live-subset=-5&live-epochs=x')).toMatchObject({
      subset: 512,
      epochs: 1,
    });
  });

  it('live-budget=SECONDS sets the fit budget, in test mode or not, without a store key of its own', () => {
    const test = liveSettingsFromQuery('?live=test&live-budget=6');
    expect(test).toMatchObject({ subset: 512, epochs: 1, budgetSeconds: 6 });
    expect(settingsKey(test)).toBe(settingsKey(liveSettingsFromQuery('?live=test')));
    const lecture = liveSettingsFromQuery('?live-budget=120');
    expect(lecture).toEqual({ ...LECTURE_SETTINGS, budgetSeconds: 120 });
    expect(settingsKey(lecture)).toBe('lecture');
    expect(liveSettingsFromQuery('?live-budget=0')).toBe(LECTURE_SETTINGS);
    expect(liveSettingsFromQuery('?live-budget=9.5')).toBe(LECTURE_SETTINGS);
    expect(liveSettingsFromQuery('?live=test').budgetSeconds).toBeUndefined();
  });
});

describe('cell catalog', () => {
  it('lists prerequisites before the cells needing them, each once', () => {
    expect(prerequisiteOrder('dense-argmax')).toEqual([
      'dense-model',
      'dense-compile',
      'mnist-load',
      'dense-prepare',
      'dense-fit',
      'dense-predict',
    ]);
    expect(prerequisiteOrder('convnet-evaluate')).toEqual([
      'convnet-model',
      'mnist-load',
      'convnet-fit',
    ]);
    expect(prerequisiteOrder('nopool-summary')).toEqual([]);
  });

  it('has only known prerequisites and two fit cells', () => {
    for (const id of LIVE_CELL_IDS) {
      for (const r of CELL_SPECS[id].requires) expect(LIVE_CELL_IDS).toContain(r);
      expect(prerequisiteOrder(id)).not.toContain(id);
    }
    expect(LIVE_CELL_IDS.filter((id) => CELL_SPECS[id].trains)).toEqual([
      'dense-fit',
      'convnet-fit',
    ]);
  });
});

describe('bus messages', () => {
  it('accepts well-formed messages and refuses others', () => {
    expect(parseSessionMessage({ v: 1, type: 'hello' })).toEqual({ v: 1, type: 'hello' });
    expect(parseSessionMessage({ v: 1, type: 'run', id: 'dense-fit', pretrained: 1 })).toEqual({
      v: 1,
      type: 'run',
      id: 'dense-fit',
      pretrained: false,
    });
    expect(parseSessionMessage({ v: 1, type: 'run', id: 'rm -rf' })).toBeUndefined();
    expect(parseSessionMessage({ v: 2, type: 'hello' })).toBeUndefined();
    expect(
      parseSessionMessage({ v: 1, type: 'cell', cell: { id: 'x' }, info: {} }),
    ).toBeUndefined();
    expect(parseSessionMessage('hello')).toBeUndefined();
    expect(
      parseSessionMessage({
        v: 1,
        type: 'cell',
        cell: { id: 'dense-fit', state: 'running', outputs: [], status: '' },
        info: { settings: LECTURE_SETTINGS },
      }),
    ).toMatchObject({ type: 'cell' });
  });

  it('carries the budget of a forwarded run and the answer to a fit prompt', () => {
    expect(
      parseSessionMessage({
        v: 1,
        type: 'run',
        id: 'convnet-fit',
        pretrained: false,
        budgetSeconds: 90,
      }),
    ).toEqual({ v: 1, type: 'run', id: 'convnet-fit', pretrained: false, budgetSeconds: 90 });
    expect(
      parseSessionMessage({ v: 1, type: 'run', id: 'convnet-fit', budgetSeconds: -1 }),
    ).toEqual({ v: 1, type: 'run', id: 'convnet-fit', pretrained: false });
    expect(parseSessionMessage({ v: 1, type: 'choose', choice: 'short', start: 3 })).toEqual({
      v: 1,
      type: 'choose',
      choice: 'short',
      start: 3,
    });
    expect(parseSessionMessage({ v: 1, type: 'choose', choice: 'all', start: 3 })).toBeUndefined();
    expect(parseSessionMessage({ v: 1, type: 'choose', choice: 'full' })).toBeUndefined();
  });

  it("checks a fit's start (the audience window shows its prompt)", () => {
    const info = (fitStart: unknown) => ({
      v: 1,
      type: 'info',
      info: { settings: LECTURE_SETTINGS, fitStart },
    });
    const full = { digits: 60000, epochs: 5, seconds: 660 };
    const estimate = {
      backend: 'wasm',
      samplesPerSecond: 450,
      msPerBatch: [280, 285],
      budgetSeconds: 90,
      short: { digits: 8000, epochs: 5, seconds: 88 },
    };
    const start = { id: 1, kind: 'convnet', cell: 'convnet-fit', trainCount: 60000, epochs: 5 };
    expect(parseSessionMessage(info(undefined))).toMatchObject({ type: 'info' });
    expect(parseSessionMessage(info({ ...start, phase: 'measuring' }))).toMatchObject({
      info: { fitStart: { phase: 'measuring' } },
    });
    expect(
      parseSessionMessage(info({ ...start, phase: 'choosing', estimate: { ...estimate, full } })),
    ).toMatchObject({ info: { fitStart: { phase: 'choosing' } } });
    // The estimate is checked deeply too (the prompt shows its numbers).
    expect(
      parseSessionMessage(info({ ...start, phase: 'choosing', estimate: { full } })),
    ).toBeUndefined();
    expect(parseSessionMessage(info({ ...start, phase: 'choosing' }))).toBeUndefined();
    expect(parseSessionMessage(info({ ...start, phase: 'asking' }))).toBeUndefined();
    expect(parseSessionMessage(info({ ...start, id: 'x', phase: 'starting' }))).toBeUndefined();
  });

  it("checks a fit cell's trained record (other widgets key on it)", () => {
    const cell = (trained: unknown) => ({
      v: 1,
      type: 'cell',
      cell: { id: 'dense-fit', state: 'done', outputs: [], status: '', trained },
      info: { settings: LECTURE_SETTINGS },
    });
    const good = { epochs: 2, samples: 512, fits: 2, base: 'seed', at: 1 };
    expect(parseSessionMessage(cell(good))).toMatchObject({ cell: { trained: good } });
    expect(parseSessionMessage(cell({ ...good, at: 'now' }))).toBeUndefined();
    expect(parseSessionMessage(cell({ ...good, base: 'random' }))).toBeUndefined();
    expect(parseSessionMessage(cell(7))).toBeUndefined();
  });
});
