import type { Grid } from './grid.ts';

export type PaddingMode = 'valid' | 'same' | number;

export interface Padding {
  readonly start: number;
  readonly end: number;
}

export interface ConvSettings {
  readonly stride: number;
  readonly padding: PaddingMode;
}

/**
 * Padding on one axis. `valid` is none, a number P pads P on both sides, `same` follows
 * Keras/TensorFlow: output ⌈I/S⌉, total padding max((O − 1)·S + F − I, 0), the odd pixel at the end.
 */
export function resolvePadding(
  mode: PaddingMode,
  size: number,
  kernel: number,
  stride: number,
): Padding {
  if (mode === 'valid') return { start: 0, end: 0 };
  if (typeof mode === 'number') return { start: mode, end: mode };
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + kernel - size, 0);
  const start = Math.floor(total / 2);
  return { start, end: total - start };
}

/** O = ⌊(I − F + P_start + P_end) / S⌋ + 1, or 0 when the kernel does not fit. */
export function outputSize(size: number, kernel: number, padding: Padding, stride: number): number {
  const span = size - kernel + padding.start + padding.end;
  return span < 0 ? 0 : Math.floor(span / stride) + 1;
}

/** The input with `padding` zeros around it (rows and columns padded alike). */
export function pad(grid: Grid, padding: Padding): Grid {
  const rows = grid.rows + padding.start + padding.end;
  const cols = grid.cols + padding.start + padding.end;
  const data = new Array<number>(rows * cols).fill(0);
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      data[(r + padding.start) * cols + c + padding.start] = grid.data[r * grid.cols + c] ?? 0;
    }
  }
  return { rows, cols, data };
}

export interface Term2d {
  /** Position in the padded input. */
  readonly r: number;
  readonly c: number;
  readonly x: number;
  readonly k: number;
  readonly product: number;
}

export interface Window2d {
  /** Output position. */
  readonly row: number;
  readonly col: number;
  /** Top-left corner in the padded input. */
  readonly top: number;
  readonly left: number;
  readonly terms: readonly Term2d[];
  readonly sum: number;
}

/** The window for output (row, col) of a correlation of the padded input with a square kernel. */
export function windowAt(
  padded: Grid,
  kernel: Grid,
  stride: number,
  row: number,
  col: number,
): Window2d {
  const top = row * stride;
  const left = col * stride;
  const terms: Term2d[] = [];
  let sum = 0;
  for (let i = 0; i < kernel.rows; i++) {
    for (let j = 0; j < kernel.cols; j++) {
      const x = padded.data[(top + i) * padded.cols + left + j] ?? 0;
      const k = kernel.data[i * kernel.cols + j] ?? 0;
      terms.push({ r: top + i, c: left + j, x, k, product: x * k });
      sum += x * k;
    }
  }
  return { row, col, top, left, terms, sum: sum + 0 };
}

export interface ConvResult {
  readonly padding: Padding;
  readonly padded: Grid;
  readonly output: Grid;
}

/** The layer's computation (Keras Conv2D, one filter, no bias): cross-correlation. */
export function conv2d(input: Grid, kernel: Grid, settings: ConvSettings): ConvResult {
  const pr = resolvePadding(settings.padding, input.rows, kernel.rows, settings.stride);
  const padded = pad(input, pr);
  const rows = outputSize(input.rows, kernel.rows, pr, settings.stride);
  const cols = outputSize(input.cols, kernel.cols, pr, settings.stride);
  const data: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) data.push(windowAt(padded, kernel, settings.stride, r, c).sum);
  }
  return { padding: pr, padded, output: { rows, cols, data } };
}

/** The same padding on every side. */
export function symmetric(p: number): Padding {
  return { start: p, end: p };
}

/** 2-D cross-correlation with stride and zero padding (a single-channel Conv2D, no bias). */
export function correlate2d(input: Grid, kernel: Grid, stride = 1, padding = 0): Grid {
  return conv2d(input, kernel, { stride, padding }).output;
}

/** Top-left corners of every window a filter visits along one axis. */
export function windows(inputSize: number, filter: number, stride: number): number[] {
  const out: number[] = [];
  for (let p = 0; p + filter <= inputSize; p += stride) out.push(p);
  return out;
}
