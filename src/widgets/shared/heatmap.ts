import { h } from './dom.ts';

/** A colour map: t in [0, 1] → [r, g, b]. */
export type ColorMap = (t: number) => readonly [number, number, number];

const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** Viridis (as matplotlib draws feature maps), interpolated from five stops. */
export const viridis: ColorMap = (t) => {
  const x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS[i] ?? [0, 0, 0];
  const b = VIRIDIS[i + 1] ?? a;
  return [0, 1, 2].map((k) => Math.round((a[k] ?? 0) + ((b[k] ?? 0) - (a[k] ?? 0)) * f)) as [
    number,
    number,
    number,
  ];
};

/** Black → white, as the lecture draws MNIST digits. */
export const gray: ColorMap = (t) => {
  const g = Math.round(Math.max(0, Math.min(1, t)) * 255);
  return [g, g, g];
};

/** Signed weights: blue for negative, black for zero, orange for positive (t in [−1, 1] → [0, 1]). */
export const signed: ColorMap = (t) => {
  const s = Math.max(-1, Math.min(1, t * 2 - 1));
  const end = s >= 0 ? [255, 170, 60] : [80, 160, 255];
  const a = Math.abs(s);
  return [0, 1, 2].map((k) => Math.round((end[k] ?? 0) * a)) as [number, number, number];
};

export interface Heatmap {
  readonly element: HTMLCanvasElement;
  /** Draws row-major values scaled from [lo, hi] through the colour map. */
  draw(values: ArrayLike<number>, lo: number, hi: number): void;
}

/**
 * A small raster drawn pixel for pixel into a canvas of `rows × cols` and scaled by CSS
 * (`image-rendering: pixelated`): cheap enough for a hundred feature maps.
 */
export function createHeatmap(
  doc: Document,
  rows: number,
  cols: number,
  options: { readonly size: number; readonly colors: ColorMap; readonly label: string },
): Heatmap {
  const canvas = h(doc, 'canvas', {
    class: 'cw-heatmap',
    width: cols,
    height: rows,
    role: 'img',
    'aria-label': options.label,
  });
  canvas.style.width = `${options.size}px`;
  canvas.style.height = `${Math.round((options.size * rows) / cols)}px`;
  const ctx = canvas.getContext('2d');
  const image = ctx?.createImageData(cols, rows);
  return {
    element: canvas,
    draw(values, lo, hi) {
      if (ctx === null || ctx === undefined || image === undefined) return;
      const span = hi - lo || 1;
      for (let p = 0; p < rows * cols; p++) {
        const [r, g, b] = options.colors(((values[p] ?? 0) - lo) / span);
        image.data[p * 4] = r;
        image.data[p * 4 + 1] = g;
        image.data[p * 4 + 2] = b;
        image.data[p * 4 + 3] = 255;
      }
      ctx.putImageData(image, 0, 0);
    },
  };
}

/** Smallest and largest value (no spread: safe for long arrays). */
export function extent(values: ArrayLike<number>): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return values.length === 0 ? { min: 0, max: 0 } : { min, max };
}
