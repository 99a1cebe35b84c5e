import type { Grid } from '../../math/grid.ts';
import { shift2d } from '../../math/shift.ts';

/**
 * g(f(x)): a feature map moved by (dy, dx), the uncovered cells taking `fill` — the map's
 * value over an empty patch, relu(bias) — rather than 0.
 */
export function shiftMap(map: Grid, dy: number, dx: number, fill: number): Grid {
  const moved = shift2d({ ...map, data: map.data.map((v) => v - fill) }, dy, dx);
  return { ...moved, data: moved.data.map((v) => v + fill) };
}

/** Largest absolute difference of two equally sized arrays. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return max;
}
