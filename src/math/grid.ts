/** A grayscale image or feature map, row-major. Pure numbers: no DOM, no tfjs. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly number[];
}

/** A grid from row-major values; throws when the count does not match. */
export function grid(rows: number, cols: number, data: readonly number[]): Grid {
  if (data.length !== rows * cols)
    throw new Error(`grid: ${data.length} values for ${rows}×${cols}`);
  return { rows, cols, data };
}

/** The value at (r, c), 0 outside. */
export function at(g: Grid, r: number, c: number): number {
  if (r < 0 || c < 0 || r >= g.rows || c >= g.cols) return 0;
  return g.data[r * g.cols + c] ?? 0;
}

/** Index and value of the largest entry (the first one on ties). */
export function argmax(values: ArrayLike<number>): { index: number; value: number } {
  let index = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[index] ?? 0)) index = i;
  return { index, value: values[index] ?? 0 };
}
