import { describe, expect, it } from 'vitest';
import { slideIndex, slideNumber } from '../../src/model/index.ts';

describe('branded slide indices', () => {
  it('keep their numeric value', () => {
    expect(slideIndex(3) + 1).toBe(4);
    expect(slideNumber(1)).toBe(1);
  });
});
