import { describe, expect, it } from 'vitest';
import { slideIndex } from '../../src/model/index.ts';
import { formatHash, parseHash } from '../../src/present/hash.ts';
import { deckOf } from './fixtures.ts';

const slides = deckOf(5, { 2: 'conv1d', 4: 'кінець' }).slides;

describe('parseHash', () => {
  it('reads #N as a 1-based position', () => {
    expect(parseHash('#1', slides)).toEqual({ kind: 'slide', index: 0 });
    expect(parseHash('#5', slides)).toEqual({ kind: 'slide', index: 4 });
  });

  it('reads #name, also percent-encoded', () => {
    expect(parseHash('#conv1d', slides)).toEqual({ kind: 'slide', index: 2 });
    expect(parseHash(`#${encodeURIComponent('кінець')}`, slides)).toEqual({
      kind: 'slide',
      index: 4,
    });
  });

  it('treats an empty hash as none', () => {
    expect(parseHash('', slides)).toEqual({ kind: 'none' });
    expect(parseHash('#', slides)).toEqual({ kind: 'none' });
  });

  it('reports unknown names and out-of-range numbers', () => {
    expect(parseHash('#nope', slides)).toEqual({ kind: 'unknown', label: 'nope' });
    expect(parseHash('#0', slides)).toEqual({ kind: 'unknown', label: '0' });
    expect(parseHash('#6', slides)).toEqual({ kind: 'unknown', label: '6' });
  });

  it('writes the 1-based position', () => {
    expect(formatHash(slideIndex(0))).toBe('#1');
    expect(formatHash(slideIndex(78))).toBe('#79');
  });
});
