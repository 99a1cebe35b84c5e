import { describe, expect, it } from 'vitest';
import { continuationNote, fittedWeights } from '../../../src/ml/session/fitted.ts';
import type { FitRecord } from '../../../src/ml/session/types.ts';
import { snapshotWithFit as snapshot } from './snapshots.ts';

const record: FitRecord = { epochs: 2, samples: 512, fits: 2, base: 'seed', at: 1 };

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
