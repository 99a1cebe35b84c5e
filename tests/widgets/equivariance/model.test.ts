import { describe, expect, it } from 'vitest';
import { grid } from '../../../src/math/grid.ts';
import { maxAbsDiff, shiftMap } from '../../../src/widgets/equivariance/model.ts';

describe('g(f(x)): shifting a feature map', () => {
  it('moves the map and fills the uncovered cells with the blank-patch value', () => {
    const map = grid(2, 3, [1, 2, 3, 4, 5, 6]);
    expect(shiftMap(map, 0, 1, 0.5).data).toEqual([0.5, 1, 2, 0.5, 4, 5]);
    expect(shiftMap(map, -1, 0, 0).data).toEqual([4, 5, 6, 0, 0, 0]);
    expect(shiftMap(map, 0, 0, 9).data).toEqual(map.data);
  });

  it('measures the largest difference', () => {
    expect(maxAbsDiff([1, 2, 3], [1, 2.5, 2])).toBe(1);
    expect(maxAbsDiff([], [])).toBe(0);
  });
});
