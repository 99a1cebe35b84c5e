import { describe, expect, it } from 'vitest';
import { cellText, TONE_COLORS, wrapIndex } from '../../../src/widgets/pixel-values/model.ts';

/** WCAG relative luminance of an sRGB grey level or `#rrggbb`. */
const luminance = (hex: string): number => {
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [1, 3, 5].map((i) => channel(Number.parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
const grey = (v: number): string => `#${v.toString(16).padStart(2, '0').repeat(3)}`;
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('cellText', () => {
  it('prints the byte: dark text on bright cells, light on dark ones, faint zeros', () => {
    expect(cellText(0)).toEqual({ text: '0', tone: 'faint' });
    expect(cellText(255)).toEqual({ text: '255', tone: 'dark' });
    expect(cellText(117)).toEqual({ text: '117', tone: 'light' });
    expect(cellText(118)).toEqual({ text: '118', tone: 'dark' });
    expect(cellText(1)).toEqual({ text: '1', tone: 'light' });
    expect(cellText(300).text).toBe('255');
  });

  it('keeps every cell readable: contrast ≥ 4.5:1 against its own shade', () => {
    const low = Array.from({ length: 256 }, (_, v) => ({
      v,
      ratio: contrast(TONE_COLORS[cellText(v).tone], grey(v)),
    })).filter((c) => c.ratio < 4.5);
    expect(low).toEqual([]);
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
