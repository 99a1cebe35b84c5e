import { describe, expect, it } from 'vitest';
import { indexOfNumber, ownsNumber, slideIndex, slideNumber } from '../../src/model/index.ts';

describe('branded slide indices', () => {
  it('keep their numeric value', () => {
    expect(slideIndex(3) + 1).toBe(4);
    expect(slideNumber(1)).toBe(1);
  });
});

/** Numbers as the parser gives them: position 3 is `count: false`, 6 and 7 too (a section). */
const slides = [1, 2, 2, 3, 4, 4, 4, 5].map((number) => ({ number }));

describe('indexOfNumber: the number shown on a slide → its position', () => {
  it('is the position itself while no slide shares a number', () => {
    expect(indexOfNumber(slides, 1)).toBe(0);
    expect(indexOfNumber(slides, 2)).toBe(1);
  });

  it('goes past count: false slides, which do not add a number', () => {
    expect(indexOfNumber(slides, 3)).toBe(3);
    expect(indexOfNumber(slides, 5)).toBe(7);
  });

  it('picks the first slide showing the number, not a count: false one after it', () => {
    expect(indexOfNumber(slides, 4)).toBe(4);
  });

  it('is undefined for a number no slide shows', () => {
    for (const number of [0, -1, 6, 2.5, Number.NaN]) {
      expect(indexOfNumber(slides, number)).toBeUndefined();
    }
    expect(indexOfNumber([], 1)).toBeUndefined();
  });

  it('agrees with a linear search over every number of a long deck', () => {
    const long = Array.from({ length: 300 }, (_, i) => ({ number: 1 + Math.floor(i / 3) }));
    for (let n = 1; n <= 100; n += 1) {
      expect(indexOfNumber(long, n)).toBe(long.findIndex((s) => s.number === n));
    }
  });
});

describe('ownsNumber', () => {
  it('is false only for slides repeating the previous slide number', () => {
    expect(slides.map((_, i) => ownsNumber(slides, i))).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('is true for the first slide and false outside the deck', () => {
    expect(ownsNumber([{ number: 1 }], 0)).toBe(true);
    expect(ownsNumber(slides, 8)).toBe(false);
    expect(ownsNumber(slides, -1)).toBe(false);
  });
});
