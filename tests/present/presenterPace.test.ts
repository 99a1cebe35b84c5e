import { describe, expect, it } from 'vitest';
import { pace, paceText, slidesWord } from '../../src/present/views/presenter/pace.ts';

const MINUTE = 60_000;

describe('pace', () => {
  const lecture = { lengthMs: 80 * MINUTE, count: 80 };

  it('gives no hint before the timer has run or without a lecture length', () => {
    expect(pace({ ...lecture, elapsedMs: 0, index: 10 })).toEqual({ kind: 'none' });
    expect(pace({ ...lecture, lengthMs: 0, elapsedMs: MINUTE, index: 10 })).toEqual({
      kind: 'none',
    });
    expect(pace({ ...lecture, count: 0, elapsedMs: MINUTE, index: 0 })).toEqual({ kind: 'none' });
  });

  it('is on track within the tolerance either way', () => {
    // 40 of 80 minutes: slide 40 of 80 expected.
    for (const index of [38, 40, 42]) {
      expect(pace({ ...lecture, elapsedMs: 40 * MINUTE, index })).toEqual({ kind: 'on-track' });
    }
  });

  it('says how many slides ahead or behind', () => {
    expect(pace({ ...lecture, elapsedMs: 40 * MINUTE, index: 43 })).toEqual({
      kind: 'ahead',
      slides: 3,
    });
    expect(pace({ ...lecture, elapsedMs: 40 * MINUTE, index: 35 })).toEqual({
      kind: 'behind',
      slides: 5,
    });
  });

  it('scales the expected position with the slide count', () => {
    // A quarter of the time in a 40-slide deck: slide 10 expected.
    expect(pace({ lengthMs: 80 * MINUTE, count: 40, elapsedMs: 20 * MINUTE, index: 4 })).toEqual({
      kind: 'behind',
      slides: 6,
    });
  });

  it('never expects more than the whole deck once the time is up', () => {
    expect(pace({ ...lecture, elapsedMs: 200 * MINUTE, index: 79 })).toEqual({ kind: 'on-track' });
  });

  it('takes a custom tolerance', () => {
    expect(pace({ ...lecture, elapsedMs: 40 * MINUTE, index: 42, tolerance: 1 })).toEqual({
      kind: 'ahead',
      slides: 2,
    });
  });
});

describe('slidesWord', () => {
  it('declines «слайд» by number (the rule itself: tests/model/pluralUk.test.ts)', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111].map(slidesWord).join(', ')).toBe(
      '1 слайд, 2 слайди, 4 слайди, 5 слайдів, 11 слайдів, 12 слайдів, 14 слайдів, 21 слайд, 22 слайди, 25 слайдів, 111 слайдів',
    );
  });
});

describe('paceText', () => {
  it('speaks Ukrainian', () => {
    expect(paceText({ kind: 'ahead', slides: 3 })).toBe('Випереджаєте на 3 слайди');
    expect(paceText({ kind: 'behind', slides: 5 })).toBe('Відстаєте на 5 слайдів');
    expect(paceText({ kind: 'on-track' })).toBe('За графіком');
    expect(paceText({ kind: 'none' })).toBe('');
  });
});
