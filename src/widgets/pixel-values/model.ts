export type TextTone = 'faint' | 'light' | 'dark';

/**
 * A pixel's value printed in its cell: the byte 0–255 as is. The text tone follows the
 * shade so every number stays readable: dark on bright cells, light on dark ones, and the
 * background's zeros faint (the ink stands out, as on the lecture's figure).
 */
export function cellText(byte: number): { readonly text: string; readonly tone: TextTone } {
  const value = Math.max(0, Math.min(255, Math.round(byte)));
  const tone: TextTone = value === 0 ? 'faint' : value > 127 ? 'dark' : 'light';
  return { text: String(value), tone };
}

export const TONE_COLORS: Readonly<Record<TextTone, string>> = Object.freeze({
  faint: '#5c6670',
  light: '#e8edf3',
  dark: '#111111',
});

/** A digit's index among `count`, wrapping around (for the ‹ › buttons). */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}
