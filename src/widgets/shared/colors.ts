/** Grayscale for values in [lo, hi] (black → white), as on the lecture's MNIST figures. */
export function grayColor(value: number, lo = 0, hi = 1): string {
  const t = hi === lo ? 0 : Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
  const g = Math.round(t * 255);
  return `rgb(${g} ${g} ${g})`;
}

/** Signed values: negative blue, zero dark grey, positive orange (readable on black). */
export function signedColor(value: number, maxAbs: number): string {
  const t = maxAbs === 0 ? 0 : Math.max(-1, Math.min(1, value / maxAbs));
  const base = [40, 40, 46];
  const end = t >= 0 ? [255, 170, 60] : [80, 160, 255];
  const a = Math.abs(t);
  const mix = base.map((b, i) => Math.round(b + ((end[i] ?? b) - b) * a));
  return `rgb(${mix[0]} ${mix[1]} ${mix[2]})`;
}

/** Whether text on `color` (an `rgb(r g b)` string) should be dark. */
export function needsDarkText(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}

/** Colour function for a whole map: grayscale when all values ≥ 0, signed otherwise. */
export function mapColors(values: readonly number[]): (v: number) => string {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min >= 0) return (v) => grayColor(v, 0, max === 0 ? 1 : max);
  const maxAbs = Math.max(-min, max);
  return (v) => signedColor(v, maxAbs);
}
