import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/math/grid.ts';
import { maxPool, maxPoolWindows, poolOutputSize } from '../../../src/math/pool.ts';
import { POOL_EXAMPLE, randomMap } from '../../../src/widgets/max-pooling/model.ts';

describe('max-pooling', () => {
  it('keeps the maximum of each 2×2 region of the 4×4 example', () => {
    expect(maxPool(POOL_EXAMPLE, 2, 2)).toEqual({ rows: 2, cols: 2, data: [6, 8, 3, 4] });
  });

  it('visits the regions row by row and points at each maximum', () => {
    const windows = maxPoolWindows(POOL_EXAMPLE, 2, 2);
    expect(windows.map((w) => w.cells)).toEqual([
      [0, 1, 4, 5],
      [2, 3, 6, 7],
      [8, 9, 12, 13],
      [10, 11, 14, 15],
    ]);
    expect(windows.map((w) => w.argmax)).toEqual([5, 7, 8, 15]);
  });

  it('takes the first maximum on ties', () => {
    const flat: Grid = { rows: 2, cols: 2, data: [3, 3, 3, 3] };
    expect(maxPoolWindows(flat, 2, 2)[0]?.argmax).toBe(0);
  });

  it('handles overlapping windows (stride 1) and negative values', () => {
    const map: Grid = { rows: 3, cols: 3, data: [-5, -1, -7, -2, -9, -3, -4, -6, -8] };
    expect(maxPool(map, 2, 1).data).toEqual([-1, -1, -2, -3]);
  });

  it('has output side ⌊(I − k)/s⌋ + 1', () => {
    expect(poolOutputSize(26, 2, 2)).toBe(13);
    expect(poolOutputSize(8, 3, 2)).toBe(3);
    expect(poolOutputSize(7, 2, 2)).toBe(3);
    expect(poolOutputSize(1, 2, 2)).toBe(0);
    expect(maxPool(randomMap(8, 1), 3, 2).data).toHaveLength(9);
  });

  it('draws the same seeded map every time', () => {
    expect(randomMap(6, 5)).toEqual(randomMap(6, 5));
    expect(randomMap(6, 5)).not.toEqual(randomMap(6, 6));
  });
});
