import { describe, expect, it } from 'vitest';
import { initialMode } from '../../src/present/mode.ts';
import { modeUrl } from '../../src/present/views/review/modeUrl.ts';

describe('review and print modes', () => {
  it('start from ?mode=review and ?mode=print; the audience marker wins', () => {
    expect(initialMode('?p=lecture5.md&mode=review', false)).toBe('review');
    expect(initialMode('?p=lecture5.md&mode=print&notes', false)).toBe('print');
    expect(initialMode('?p=lecture5.md&mode=review&view=audience', false)).toBe('audience');
    expect(initialMode('?p=lecture5.md&mode=other', true)).toBe('presenter');
  });

  it('link to the same deck in another mode, other parameters kept', () => {
    const href = 'http://localhost/?p=lecture5.md&mode=review&notes=1#12';
    expect(modeUrl(href, undefined, '#12')).toBe('/?p=lecture5.md&notes=1#12');
    expect(modeUrl(href, 'print', '')).toBe('/?p=lecture5.md&mode=print&notes=1');
  });
});
