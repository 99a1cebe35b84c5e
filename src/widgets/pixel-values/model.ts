export type TextTone = 'faint' | 'light' | 'dark';

/**
 * A pixel's value printed in its cell: the byte 0–255 as is. The text tone follows the
 * shade so every number stays readable: dark on bright cells, light on dark ones, and the
 * background's zeros faint (the ink stands out, as on the lecture's figure).
 */
export function cellText(byte: number): { readonly text: string; readonly tone: TextTone } {
  const value = Math.max(0, Math.min(255, Math.round(byte)));
  const tone: TextTone = value === 0 ? 'faint' : value >= DARK_TEXT_FROM ? 'dark' : 'light';
  return { text: String(value), tone };
}

/**
 * From this grey on, black text reads better than white. With pure white and black text
 * every cell keeps a contrast of at least 4.5:1 (WCAG AA; the unit test checks all 256).
 */
const DARK_TEXT_FROM = 118;

export const TONE_COLORS: Readonly<Record<TextTone, string>> = Object.freeze({
  faint: '#8a949e',
  light: '#ffffff',
  dark: '#000000',
});

/** A digit's index among `count`, wrapping around (for the ‹ › buttons). */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}
