import { describe, expect, it } from 'vitest';
import { cellText, wrapIndex } from '../../../src/widgets/pixel-values/model.ts';

describe('cellText', () => {
  it('prints the byte and picks dark text on bright cells', () => {
    expect(cellText(0)).toEqual({ text: '0', dark: false });
    expect(cellText(255)).toEqual({ text: '255', dark: true });
    expect(cellText(150)).toEqual({ text: '150', dark: false });
    expect(cellText(151)).toEqual({ text: '151', dark: true });
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
