import { describe, expect, it } from 'vitest';
import { convolve1d, correlate1d, correlationWindows, flip } from '../../src/math/conv1d.ts';

describe('1D correlation (the lecture ⊛)', () => {
  it('differentiates the ramp: (0,0,0,0,1,2,3,4,4,4,4) ⊛ (−1,1)', () => {
    expect(correlate1d([0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4], [-1, 1])).toEqual([
      0, 0, 0, 1, 1, 1, 1, 0, 0, 0,
    ]);
  });

  it('matches the pattern: (0,0,3,0,0,0,0,0,3,0,3,0,0,0) ⊛ (1,0,1)', () => {
    expect(correlate1d([0, 0, 3, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0], [1, 0, 1])).toEqual([
      3, 0, 3, 0, 0, 0, 3, 0, 6, 0, 3, 0,
    ]);
  });

  it('slides one window per output: W − w + 1 windows over consecutive indices', () => {
    const windows = correlationWindows([1, 2, 3, 4, 5], [10, 20, 30]);
    expect(windows.map((w) => w.terms.map((t) => t.index))).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
    ]);
    expect(windows[1]?.terms.map((t) => t.product)).toEqual([20, 60, 120]);
    expect(windows.map((w) => w.sum)).toEqual([140, 200, 260]);
  });

  it('has no windows when the kernel is longer than the signal', () => {
    expect(correlationWindows([1, 2], [1, 2, 3])).toEqual([]);
  });
});

describe('convolution vs correlation', () => {
  it('flips the kernel', () => {
    expect(flip([1, 2, 3])).toEqual([3, 2, 1]);
  });

  it('an impulse reproduces the kernel under convolution and mirrors it under correlation', () => {
    const impulse = [0, 0, 0, 1, 0, 0, 0, 0];
    expect(convolve1d(impulse, [1, 2, 3])).toEqual([0, 1, 2, 3, 0, 0]);
    expect(correlate1d(impulse, [1, 2, 3])).toEqual([0, 3, 2, 1, 0, 0]);
  });

  it('agrees with correlation for a symmetric kernel', () => {
    const x = [0, 0, 3, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0];
    expect(convolve1d(x, [1, 0, 1])).toEqual(correlate1d(x, [1, 0, 1]));
  });
});
