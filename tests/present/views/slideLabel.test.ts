import { describe, expect, it } from 'vitest';
import { slideLabel } from '../../../src/present/views/slideLabel.ts';

describe('slideLabel', () => {
  // Positions 1..5 show 1, 2, 2 (count: false), 3, 3 (count: false).
  const slides = [1, 2, 2, 3, 3].map((number) => ({ number }));

  it('names a slide by the number shown on it, not its position', () => {
    expect(slideLabel(slides, 0)).toBe('Слайд 1');
    expect(slideLabel(slides, 3)).toBe('Слайд 3');
  });

  it('marks a count: false slide instead of giving it a number it does not own', () => {
    expect(slideLabel(slides, 2)).toBe('Без номера (після слайда 2)');
    expect(slideLabel(slides, 4)).toBe('Без номера (після слайда 3)');
  });

  it('is empty outside the deck', () => {
    expect(slideLabel(slides, 5)).toBe('');
  });
});
