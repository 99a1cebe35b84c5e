import { describe, expect, it } from 'vitest';
import { countedUk, pluralUk } from '../../src/model/pluralUk.ts';

describe('pluralUk: the Ukrainian form after a number', () => {
  const forms = ['слайд', 'слайди', 'слайдів'] as const;

  it.each([
    [1, 'слайд'],
    [2, 'слайди'],
    [4, 'слайди'],
    [5, 'слайдів'],
    [11, 'слайдів'],
    [12, 'слайдів'],
    [14, 'слайдів'],
    [21, 'слайд'],
    [22, 'слайди'],
    [25, 'слайдів'],
    [101, 'слайд'],
    [111, 'слайдів'],
    [0, 'слайдів'],
    [104_202, 'слайди'],
  ])('%i → %s', (n, word) => {
    expect(pluralUk(n, forms)).toBe(word);
  });

  it('declines any noun by number, and negative numbers like positive ones', () => {
    const epochs = ['епоха', 'епохи', 'епох'] as const;
    expect([1, 2, 4, 5, 11, 14, 21, 22, 25, 101, 111].map((n) => pluralUk(n, epochs))).toEqual([
      'епоха',
      'епохи',
      'епохи',
      'епох',
      'епох',
      'епох',
      'епоха',
      'епохи',
      'епох',
      'епоха',
      'епох',
    ]);
    expect(pluralUk(-1, forms)).toBe('слайд');
    expect(pluralUk(-3, forms)).toBe('слайди');
  });

  it('gives a fraction the last form (Ukrainian has a fourth one the callers do not need)', () => {
    expect(pluralUk(1.5, forms)).toBe('слайдів');
  });

  it('puts the number in front with countedUk', () => {
    expect(countedUk(3, ['потік', 'потоки', 'потоків'])).toBe('3 потоки');
    expect(countedUk(21, ['зразок', 'зразки', 'зразків'])).toBe('21 зразок');
  });
});
