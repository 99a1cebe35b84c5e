import { describe, expect, it } from 'vitest';
import { grid } from '../../src/math/grid.ts';
import { lostByShift, shift2d } from '../../src/math/shift.ts';

describe('shifting an image', () => {
  const g = grid(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);

  it('moves right and down with zero fill, losing what leaves the frame', () => {
    expect(shift2d(g, 0, 1).data).toEqual([0, 1, 2, 0, 4, 5, 0, 7, 8]);
    expect(shift2d(g, 1, 0).data).toEqual([0, 0, 0, 1, 2, 3, 4, 5, 6]);
    expect(shift2d(g, -1, -1).data).toEqual([5, 6, 0, 8, 9, 0, 0, 0, 0]);
    expect(shift2d(g, 0, 0).data).toEqual(g.data);
    expect(shift2d(g, 3, 0).data).toEqual(new Array(9).fill(0));
  });

  it('is exact: shifting there and back restores every pixel still inside', () => {
    const back = shift2d(shift2d(g, 1, -1), -1, 1);
    expect(back.data).toEqual([0, 2, 3, 0, 5, 6, 0, 0, 0]);
  });

  it('measures the share of mass pushed out', () => {
    expect(lostByShift(g, 0, 0)).toBe(0);
    expect(lostByShift(g, 0, 1)).toBeCloseTo((3 + 6 + 9) / 45, 12);
    expect(lostByShift(g, -3, 0)).toBe(1);
    expect(lostByShift(grid(1, 1, [0]), 1, 0)).toBe(0);
  });
});
