import { describe, expect, it } from 'vitest';
import { slidesCount } from '../../src/present/views/message.ts';

describe('slidesCount', () => {
  it.each([
    [1, '1 слайд'],
    [3, '3 слайди'],
    [5, '5 слайдів'],
    [11, '11 слайдів'],
    [14, '14 слайдів'],
    [21, '21 слайд'],
    [22, '22 слайди'],
    [79, '79 слайдів'],
    [111, '111 слайдів'],
    [0, '0 слайдів'],
  ])('%i → %s', (n, text) => {
    expect(slidesCount(n)).toBe(text);
  });
});
