import { describe, expect, it } from 'vitest';
import { parseStrokeMessage, unitPoint } from '../../../src/widgets/draw-digit/strokeMessages.ts';

describe('parseStrokeMessage', () => {
  it('accepts strokes with points in [0, 1] and bare up/clear messages', () => {
    expect(parseStrokeMessage({ id: 'w17-0', kind: 'down', points: [[0.5, 0.25]] })).toEqual({
      id: 'w17-0',
      kind: 'down',
      points: [[0.5, 0.25]],
    });
    expect(parseStrokeMessage({ id: 'w17-0', kind: 'up', points: 'ignored' })).toEqual({
      id: 'w17-0',
      kind: 'up',
    });
    expect(parseStrokeMessage({ id: 'a', kind: 'clear' })).toEqual({ id: 'a', kind: 'clear' });
  });

  it('rejects anything malformed', () => {
    for (const bad of [
      null,
      'down',
      { kind: 'down', points: [[0, 0]] },
      { id: '', kind: 'clear' },
      { id: 'x'.repeat(201), kind: 'clear' },
      { id: 'a', kind: 'erase' },
      { id: 'a', kind: 'move', points: [] },
      { id: 'a', kind: 'move', points: [[0.5]] },
      { id: 'a', kind: 'move', points: [[0.5, 1.5]] },
      { id: 'a', kind: 'move', points: [[Number.NaN, 0]] },
      { id: 'a', kind: 'move', points: Array.from({ length: 257 }, () => [0, 0]) },
    ]) {
      expect(parseStrokeMessage(bad)).toBeUndefined();
    }
  });
});

describe('unitPoint', () => {
  it('normalises pad positions and clamps those outside the pad', () => {
    expect(unitPoint(56, 112, 224)).toEqual([0.25, 0.5]);
    expect(unitPoint(-10, 300, 224)).toEqual([0, 1]);
    expect(unitPoint(Number.NaN, 0, 224)).toEqual([0, 0]);
  });
});
