import { describe, expect, it } from 'vitest';
import { cellText, wrapIndex } from '../../../src/widgets/pixel-values/model.ts';

describe('cellText', () => {
  it('prints the byte: dark text on bright cells, light on dark ones, faint zeros', () => {
    expect(cellText(0)).toEqual({ text: '0', tone: 'faint' });
    expect(cellText(255)).toEqual({ text: '255', tone: 'dark' });
    expect(cellText(127)).toEqual({ text: '127', tone: 'light' });
    expect(cellText(128)).toEqual({ text: '128', tone: 'dark' });
    expect(cellText(1)).toEqual({ text: '1', tone: 'light' });
    expect(cellText(300).text).toBe('255');
  });
});

describe('wrapIndex', () => {
  it('wraps both ways', () => {
    expect(wrapIndex(-1, 10)).toBe(9);
    expect(wrapIndex(10, 10)).toBe(0);
    expect(wrapIndex(3, 10)).toBe(3);
    expect(wrapIndex(5, 0)).toBe(0);
  });
});
