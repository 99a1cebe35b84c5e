import type { Grid } from '../../math/grid.ts';
import { mulberry32 } from '../../ml/data/random.ts';

/** The 4×4 example: four 2×2 regions with maxima 6, 8, 3, 4. */
export const POOL_EXAMPLE: Grid = Object.freeze({
  rows: 4,
  cols: 4,
  data: Object.freeze([1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4]),
});

/** A seeded feature map of small non-negative integers (like ReLU outputs). */
export function randomMap(side: number, seed: number): Grid {
  const random = mulberry32(seed);
  return {
    rows: side,
    cols: side,
    data: Array.from({ length: side * side }, () => Math.floor(random() * 10)),
  };
}
