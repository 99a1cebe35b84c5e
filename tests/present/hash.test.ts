import { describe, expect, it } from 'vitest';
import { slideIndex, slideNumber } from '../../src/model/index.ts';
import { formatHash, parseHash } from '../../src/present/hash.ts';
import { deckOf } from './fixtures.ts';

const slides = deckOf(5, { 2: 'conv1d', 4: 'кінець' }).slides;

describe('parseHash', () => {
  it('reads #N as a 1-based position', () => {
    expect(parseHash('#1', slides)).toEqual({ kind: 'slide', index: 0, presenter: false });
    expect(parseHash('#5', slides)).toEqual({ kind: 'slide', index: 4, presenter: false });
  });

  it('keeps #N a position (remark.js) when count: false slides make the shown numbers differ', () => {
    // Positions 1..5 show 1, 2, 2, 3, 4: `#5` is the fifth slide, which shows 4.
    const shared = deckOf(5).slides.map((s, i) => ({
      ...s,
      number: slideNumber([1, 2, 2, 3, 4][i] ?? 0),
    }));
    expect(parseHash('#5', shared)).toEqual({ kind: 'slide', index: 4, presenter: false });
    expect(parseHash('#3', shared)).toEqual({ kind: 'slide', index: 2, presenter: false });
  });

  it('reads #name, also percent-encoded', () => {
    expect(parseHash('#conv1d', slides)).toEqual({ kind: 'slide', index: 2, presenter: false });
    expect(parseHash(`#${encodeURIComponent('кінець')}`, slides)).toEqual({
      kind: 'slide',
      index: 4,
      presenter: false,
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

  it('reads #pN as presenter mode at position N, after slide names', () => {
    expect(parseHash('#p2', slides)).toEqual({ kind: 'slide', index: 1, presenter: true });
    expect(parseHash('#p9', slides)).toEqual({ kind: 'unknown', label: 'p9' });
    const named = deckOf(3, { 0: 'p2' }).slides;
    expect(parseHash('#p2', named)).toEqual({ kind: 'slide', index: 0, presenter: false });
  });

  it('writes #pN in presenter mode', () => {
    expect(formatHash(slideIndex(4), true)).toBe('#p5');
  });

  it('writes the 1-based position', () => {
    expect(formatHash(slideIndex(0))).toBe('#1');
    expect(formatHash(slideIndex(78))).toBe('#79');
  });
});
