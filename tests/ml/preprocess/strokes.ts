import type { GrayImage } from '../../../src/ml/preprocess/index.ts';

/** A polyline as [x, y] points in canvas pixels. */
export type Stroke = readonly (readonly [number, number])[];

function distanceToSegment(
  px: number,
  py: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Rasterises round-capped strokes of `width` px onto a black `size`×`size` canvas, white ink
 * with a 1 px anti-aliased edge (like a canvas `lineCap: round` stroke).
 */
export function drawStrokes(size: number, width: number, strokes: readonly Stroke[]): GrayImage {
  const data = new Float32Array(size * size);
  const r = width / 2;
  for (const stroke of strokes) {
    for (let k = 0; k < stroke.length; k++) {
      const a = stroke[k]!;
      const b = stroke[Math.min(k + 1, stroke.length - 1)]!;
      const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0]) - r - 1));
      const x1 = Math.min(size - 1, Math.ceil(Math.max(a[0], b[0]) + r + 1));
      const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1]) - r - 1));
      const y1 = Math.min(size - 1, Math.ceil(Math.max(a[1], b[1]) + r + 1));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const d = distanceToSegment(x + 0.5, y + 0.5, a, b);
          const v = Math.max(0, Math.min(1, r + 0.5 - d));
          if (v > data[y * size + x]!) data[y * size + x] = v;
        }
      }
    }
  }
  return { width: size, height: size, data };
}

/** Rows/columns of a 28×28 result holding ink above `level`, as [first, last] indices. */
export function extent(pixels: Float32Array, level = 0.2, size = 28) {
  let left = size;
  let right = -1;
  let top = size;
  let bottom = -1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (pixels[y * size + x]! <= level) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { left, right, top, bottom };
}
