/** Pure numeric operations the figures are computed from (no rounding, no drawing). */

/** A row-major 2-D array of numbers. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly number[];
}

export function grid(rows: number, cols: number, data: readonly number[]): Grid {
  if (data.length !== rows * cols)
    throw new Error(`grid: ${data.length} values for ${rows}×${cols}`);
  return { rows, cols, data };
}

export function at(g: Grid, r: number, c: number): number {
  return g.data[r * g.cols + c] ?? 0;
}

/** Cross-correlation ("convolution" in deep learning): (x ⊛ u)[i] = Σ_m x[m+i]·u[m], valid. */
export function correlate1d(x: readonly number[], u: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + u.length <= x.length; i++) {
    let s = 0;
    for (let m = 0; m < u.length; m++) s += (x[i + m] ?? 0) * (u[m] ?? 0);
    out.push(s);
  }
  return out;
}

/** True convolution, valid part: the kernel flipped, then correlated. */
export function convolve1d(x: readonly number[], u: readonly number[]): number[] {
  return correlate1d(x, [...u].reverse());
}

/** Full-length (zero-padded) correlation, lags −(n−1) … (m−1): length m + n − 1. */
export function correlateFull(x: readonly number[], u: readonly number[]): number[] {
  const pad = new Array<number>(u.length - 1).fill(0);
  return correlate1d([...pad, ...x, ...pad], u);
}

/** Full-length convolution: length m + n − 1. */
export function convolveFull(x: readonly number[], u: readonly number[]): number[] {
  return correlateFull(x, [...u].reverse());
}

/** Zero padding of `p` cells on every side. */
export function pad2d(g: Grid, p: number): Grid {
  const rows = g.rows + 2 * p;
  const cols = g.cols + 2 * p;
  const data = new Array<number>(rows * cols).fill(0);
  for (let r = 0; r < g.rows; r++)
    for (let c = 0; c < g.cols; c++) data[(r + p) * cols + c + p] = at(g, r, c);
  return { rows, cols, data };
}

/** Output size O = (I − F + 2P)/S + 1 (floored, as frameworks do). */
export function outputSize(input: number, filter: number, padding: number, stride: number): number {
  return Math.floor((input - filter + 2 * padding) / stride) + 1;
}

/** 2-D cross-correlation with stride and zero padding (a single-channel Conv2D). */
export function correlate2d(input: Grid, kernel: Grid, stride = 1, padding = 0): Grid {
  const x = padding > 0 ? pad2d(input, padding) : input;
  const rows = outputSize(input.rows, kernel.rows, padding, stride);
  const cols = outputSize(input.cols, kernel.cols, padding, stride);
  const data: number[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let s = 0;
      for (let i = 0; i < kernel.rows; i++)
        for (let j = 0; j < kernel.cols; j++)
          s += at(x, r * stride + i, c * stride + j) * at(kernel, i, j);
      data.push(s);
    }
  return { rows, cols, data };
}

/** Max-pooling with a size×size window and the given stride (default: size). */
export function maxPool2d(input: Grid, size: number, stride = size): Grid {
  const rows = Math.floor((input.rows - size) / stride) + 1;
  const cols = Math.floor((input.cols - size) / stride) + 1;
  const data: number[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let m = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < size; i++)
        for (let j = 0; j < size; j++) m = Math.max(m, at(input, r * stride + i, c * stride + j));
      data.push(m);
    }
  return { rows, cols, data };
}

/** Top-left corners of every window a filter visits. */
export function windows(inputSize: number, filter: number, stride: number): number[] {
  const out: number[] = [];
  for (let p = 0; p + filter <= inputSize; p += stride) out.push(p);
  return out;
}

/** Shifts an image by (dr, dc) cells, filling with zeros. */
export function shift2d(g: Grid, dr: number, dc: number): Grid {
  const data: number[] = [];
  for (let r = 0; r < g.rows; r++)
    for (let c = 0; c < g.cols; c++) {
      const sr = r - dr;
      const sc = c - dc;
      data.push(sr >= 0 && sr < g.rows && sc >= 0 && sc < g.cols ? at(g, sr, sc) : 0);
    }
  return { rows: g.rows, cols: g.cols, data };
}

export function relu(g: Grid): Grid {
  return { ...g, data: g.data.map((v) => Math.max(0, v)) };
}

/** Index and value of the largest entry (first one on ties). */
export function argmax(values: readonly number[]): { index: number; value: number } {
  let index = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[index] ?? 0)) index = i;
  return { index, value: values[index] ?? 0 };
}
