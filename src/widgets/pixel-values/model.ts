/**
 * A pixel's value printed in its cell: the byte 0–255 as is. Text colour follows the shade
 * (dark text on bright cells) so every number stays readable.
 */
export function cellText(byte: number): { readonly text: string; readonly dark: boolean } {
  const value = Math.max(0, Math.min(255, Math.round(byte)));
  return { text: String(value), dark: value > 150 };
}

/** A digit's index among `count`, wrapping around (for the ‹ › buttons). */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}
