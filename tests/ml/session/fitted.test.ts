import { describe, expect, it } from 'vitest';
import { LIVE_CELL_IDS } from '../../../src/ml/session/cellCatalog.ts';
import { continuationNote, fittedWeights } from '../../../src/ml/session/fitted.ts';
import {
  type CellSnapshot,
  type FitRecord,
  LECTURE_SETTINGS,
  type SessionSnapshot,
} from '../../../src/ml/session/types.ts';

const record: FitRecord = { epochs: 2, samples: 512, fits: 2, base: 'seed', at: 1 };

function snapshot(fit: Partial<CellSnapshot>): SessionSnapshot {
  const cells = Object.fromEntries(
    LIVE_CELL_IDS.map((id) => [id, { id, state: 'idle', outputs: [], status: '' }]),
  ) as unknown as Record<(typeof LIVE_CELL_IDS)[number], CellSnapshot>;
  cells['dense-fit'] = { ...cells['dense-fit'], ...fit };
  return {
    cells,
    info: {
      backend: undefined,
      data: undefined,
      settings: LECTURE_SETTINGS,
      active: undefined,
      training: undefined,
    },
  };
}

describe('fittedWeights', () => {
  it('names the weights trained in the lecture, whatever the fit cell shows now', () => {
    for (const state of ['done', 'running', 'idle', 'error'] as const) {
      expect(fittedWeights(snapshot({ state, source: 'trained', trained: record }), 'dense')).toBe(
        record,
      );
    }
    expect(
      fittedWeights(snapshot({ state: 'done', source: 'trained' }), 'convnet'),
    ).toBeUndefined();
  });

  it('has none for the pretrained copy or a fit that never ran', () => {
    expect(
      fittedWeights(snapshot({ state: 'done', source: 'pretrained' }), 'dense'),
    ).toBeUndefined();
    expect(fittedWeights(snapshot({}), 'dense')).toBeUndefined();
  });
});

describe('continuationNote', () => {
  it('is a Python comment with the run as a Ukrainian ordinal', () => {
    expect(continuationNote(2)).toBe('# Продовжено навчання з поточних ваг (друге виконання fit)');
    expect(continuationNote(3)).toContain('(третє виконання fit)');
    expect(continuationNote(12)).toContain('(12-те виконання fit)');
  });
});
