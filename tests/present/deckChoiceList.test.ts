import { describe, expect, it } from 'vitest';
import { slidesCount } from '../../src/present/views/message.ts';

describe('slidesCount', () => {
  it('declines «слайд» by number (the rule itself: tests/model/pluralUk.test.ts)', () => {
    expect([1, 3, 5, 11, 14, 21, 22, 79, 111, 0].map(slidesCount).join(', ')).toBe(
      '1 слайд, 3 слайди, 5 слайдів, 11 слайдів, 14 слайдів, 21 слайд, 22 слайди, 79 слайдів, 111 слайдів, 0 слайдів',
    );
  });
});
