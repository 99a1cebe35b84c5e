import { describe, expect, it } from 'vitest';
import { conv2d, outputSize, pad, resolvePadding, windowAt } from '../../../src/math/conv2d.ts';
import type { Grid } from '../../../src/math/grid.ts';
import { syntheticImage } from '../../../src/widgets/conv-explorer/images.ts';
import { presetKernel } from '../../../src/widgets/conv-explorer/kernels.ts';
import { formulaText } from '../../../src/widgets/conv-explorer/model.ts';

const range = (rows: number, cols: number): Grid => ({
  rows,
  cols,
  data: Array.from({ length: rows * cols }, (_, i) => i),
});

describe('conv2d (Keras Conv2D, one filter: cross-correlation)', () => {
  it('4×4 input 0..15 with the 3×3 filter 0..8 gives 258, 294, 402, 438', () => {
    // The issue lists 258, 294, 357, 438. 357 is impossible: the input grows by 1 per column
    // and 4 per row, so moving the window down adds 4·Σkernel = 144 (294 → 438 confirms it),
    // and the bottom-left output is 258 + 144 = 402 = Σ [4,5,6,8,9,10,12,13,14]·[0..8].
    const { output } = conv2d(range(4, 4), range(3, 3), { stride: 1, padding: 'valid' });
    expect(output).toEqual({ rows: 2, cols: 2, data: [258, 294, 402, 438] });
  });

  it('the first window of that example covers 0,1,2,4,5,6,8,9,10', () => {
    const w = windowAt(range(4, 4), range(3, 3), 1, 0, 0);
    expect(w.terms.map((t) => t.x)).toEqual([0, 1, 2, 4, 5, 6, 8, 9, 10]);
    expect(w.terms.map((t) => t.product)).toEqual([0, 1, 4, 12, 20, 30, 48, 63, 80]);
    expect(w.sum).toBe(258);
  });

  it('slides the window row by row with the stride', () => {
    const padded = range(5, 5);
    const kernel = range(3, 3);
    const corners = [0, 1].flatMap((r) =>
      [0, 1].map((c) => {
        const w = windowAt(padded, kernel, 2, r, c);
        return [w.top, w.left];
      }),
    );
    expect(corners).toEqual([
      [0, 0],
      [0, 2],
      [2, 0],
      [2, 2],
    ]);
  });

  it('keeps the image with the identity kernel and "same" padding', () => {
    const image = syntheticImage('grid5');
    const { output } = conv2d(image, presetKernel('identity', 3), { stride: 1, padding: 'same' });
    expect(output).toEqual(image);
  });

  it('sums the window with the blur kernel (box average)', () => {
    const ones: Grid = { rows: 3, cols: 3, data: new Array(9).fill(1) };
    const { output } = conv2d(ones, presetKernel('blur', 3), { stride: 1, padding: 'valid' });
    expect(output.data[0]).toBeCloseTo(1, 2);
  });
});

describe('output size O = ⌊(I − F + 2P)/S⌋ + 1', () => {
  it.each([
    [28, 3, 0, 1, 26],
    [28, 3, 1, 1, 28],
    [5, 3, 0, 1, 3],
    [5, 3, 1, 1, 5],
    [5, 3, 0, 2, 2],
    [5, 3, 1, 2, 3],
    [28, 5, 0, 1, 24],
    [28, 2, 0, 2, 14],
    [7, 3, 0, 3, 2],
  ])('I=%i F=%i P=%i S=%i → %i', (I, F, P, S, O) => {
    expect(outputSize(I, F, { start: P, end: P }, S)).toBe(O);
    expect(conv2d(range(I, I), range(F, F), { stride: S, padding: P }).output.rows).toBe(O);
  });

  it('is 0 when the filter does not fit', () => {
    expect(outputSize(2, 3, { start: 0, end: 0 }, 1)).toBe(0);
  });

  it('"same" pads like TensorFlow: output ⌈I/S⌉, the odd pixel at the end', () => {
    expect(resolvePadding('same', 28, 3, 1)).toEqual({ start: 1, end: 1 });
    expect(resolvePadding('same', 28, 3, 2)).toEqual({ start: 0, end: 1 });
    expect(resolvePadding('same', 5, 4, 1)).toEqual({ start: 1, end: 2 });
    expect(resolvePadding('same', 28, 5, 3)).toEqual({ start: 2, end: 2 });
    for (const [I, F, S] of [
      [28, 3, 2],
      [5, 4, 1],
      [7, 5, 3],
    ] as const) {
      const p = resolvePadding('same', I, F, S);
      expect(outputSize(I, F, p, S)).toBe(Math.ceil(I / S));
    }
  });

  it('prints the formula with the current numbers', () => {
    expect(formulaText(28, 3, { start: 1, end: 1 }, 1)).toBe('O = (28 − 3 + 2·1) / 1 + 1 = 28');
    expect(formulaText(28, 3, { start: 0, end: 0 }, 2)).toBe(
      'O = (28 − 3 + 2·0) / 2 + 1 = ⌊13.5⌋ = 13',
    );
    expect(formulaText(28, 3, { start: 0, end: 1 }, 2)).toBe('O = (28 − 3 + 0 + 1) / 2 + 1 = 14');
    expect(formulaText(2, 5, { start: 0, end: 0 }, 1)).toContain('не вміщується');
  });
});

describe('pad', () => {
  it('surrounds the input with zeros', () => {
    expect(pad({ rows: 1, cols: 1, data: [7] }, { start: 1, end: 1 })).toEqual({
      rows: 3,
      cols: 3,
      data: [0, 0, 0, 0, 7, 0, 0, 0, 0],
    });
  });
});

describe('kernel presets', () => {
  it('are the textbook 3×3 kernels', () => {
    expect(presetKernel('edges', 3).data).toEqual([-1, -1, -1, -1, 8, -1, -1, -1, -1]);
    expect(presetKernel('emboss', 3).data).toEqual([-2, -1, 0, -1, 1, 1, 0, 1, 2]);
    expect(presetKernel('identity', 3).data).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(presetKernel('ramp', 3).data).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('edges and sharpen sum to 0 and 1 for every size', () => {
    for (let f = 2; f <= 7; f++) {
      const sum = (g: Grid) => g.data.reduce((a, b) => a + b, 0);
      expect(sum(presetKernel('edges', f))).toBe(0);
      expect(sum(presetKernel('sharpen', f))).toBeCloseTo(1, 1);
      expect(presetKernel('blur', f).data).toHaveLength(f * f);
    }
  });
});
