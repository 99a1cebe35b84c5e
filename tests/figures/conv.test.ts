import { describe, expect, it } from 'vitest';
import { OP1, OP2 } from '../../scripts/figures/figs/oneD.ts';
import { POOL_INPUT, XCORR_INPUT, XCORR_KERNEL } from '../../scripts/figures/figs/twoD.ts';
import { convolve1d, convolveFull, correlate1d, correlateFull } from '../../src/math/conv1d.ts';
import { correlate2d, outputSize, pad, symmetric, windows } from '../../src/math/conv2d.ts';
import { grid } from '../../src/math/grid.ts';
import { maxPool } from '../../src/math/pool.ts';
import { shift2d } from '../../src/math/shift.ts';

describe('figure computations', () => {
  it('differentiates the ramp: (0,0,0,0,1,2,3,4,4,4,4) ⊛ (−1,1)', () => {
    expect(correlate1d(OP1.x, OP1.u)).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('matches the pattern: (0,0,3,0,0,0,0,0,3,0,3,0,0,0) ⊛ (1,0,1)', () => {
    expect(correlate1d(OP2.x, OP2.u)).toEqual([3, 0, 3, 0, 0, 0, 3, 0, 6, 0, 3, 0]);
  });

  it('cross-correlates the 4×4 input 0..15 with the 3×3 filter 0..8', () => {
    const out = correlate2d(XCORR_INPUT, XCORR_KERNEL);
    expect([out.rows, out.cols]).toEqual([2, 2]);
    // The brief lists 258, 294, 357, 438, but the bottom-left window [[4,5,6],[8,9,10],[12,13,14]]
    // against [[0,1,2],[3,4,5],[6,7,8]] sums to 17 + 110 + 275 = 402 (each step down adds
    // 4 × Σkernel = 144 to 258); 357 cannot come from this input and filter.
    expect(out.data).toEqual([258, 294, 402, 438]);
    expect(out.data[0]).toBe(
      0 * 0 + 1 * 1 + 2 * 2 + 4 * 3 + 5 * 4 + 6 * 5 + 8 * 6 + 9 * 7 + 10 * 8,
    );
  });

  it('flips the kernel for true convolution', () => {
    expect(convolve1d([1, 2, 3, 4], [1, 0, -1])).toEqual([2, 2]);
    expect(correlate1d([1, 2, 3, 4], [1, 0, -1])).toEqual([-2, -2]);
    expect(convolveFull([1, 1], [1, 2])).toEqual([1, 3, 2]);
    expect(correlateFull([1, 1], [1, 2])).toEqual([2, 3, 1]);
  });

  it('max-pools each 2×2 region', () => {
    expect(maxPool(POOL_INPUT, 2, 2).data).toEqual([6, 8, 3, 4]);
  });

  it('computes output sizes, windows, padding and strides consistently', () => {
    expect(outputSize(5, 3, symmetric(0), 1)).toBe(3);
    expect(outputSize(5, 3, symmetric(1), 1)).toBe(5);
    expect(outputSize(5, 3, symmetric(0), 2)).toBe(2);
    expect(outputSize(28, 3, symmetric(0), 1)).toBe(26);
    expect(windows(5, 3, 2)).toEqual([0, 2]);
    const ones = grid(5, 5, new Array(25).fill(1));
    const k = grid(3, 3, new Array(9).fill(1));
    expect(correlate2d(ones, k, 1, 1).data.slice(0, 3)).toEqual([4, 6, 6]);
    expect(correlate2d(ones, k, 2).data).toEqual([9, 9, 9, 9]);
    expect(pad(grid(1, 1, [7]), symmetric(1)).data).toEqual([0, 0, 0, 0, 7, 0, 0, 0, 0]);
  });

  it('shifts images with zero fill', () => {
    expect(shift2d(grid(2, 2, [1, 2, 3, 4]), 0, 1).data).toEqual([0, 1, 0, 3]);
  });
});
