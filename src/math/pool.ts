import type { Grid } from './grid.ts';

export interface PoolWindow {
  /** Output position. */
  readonly row: number;
  readonly col: number;
  /** Flat indices of the window's cells in the input, row-major. */
  readonly cells: readonly number[];
  readonly values: readonly number[];
  /** Flat input index of the maximum (the first one on ties, as in TensorFlow). */
  readonly argmax: number;
  readonly max: number;
}

/** Output side of a "valid" pooling: ⌊(I − size)/stride⌋ + 1 (0 when the window does not fit). */
export function poolOutputSize(size: number, window: number, stride: number): number {
  return size < window ? 0 : Math.floor((size - window) / stride) + 1;
}

/** Every window of a max-pooling over `map` (MaxPooling2D, padding "valid"), row-major. */
export function maxPoolWindows(map: Grid, window: number, stride: number): PoolWindow[] {
  const rows = poolOutputSize(map.rows, window, stride);
  const cols = poolOutputSize(map.cols, window, stride);
  const out: PoolWindow[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const cells: number[] = [];
      for (let i = 0; i < window; i++) {
        for (let j = 0; j < window; j++)
          cells.push((row * stride + i) * map.cols + col * stride + j);
      }
      const values = cells.map((c) => map.data[c] ?? 0);
      let best = 0;
      values.forEach((v, k) => {
        if (v > (values[best] ?? v)) best = k;
      });
      out.push({ row, col, cells, values, argmax: cells[best] ?? 0, max: values[best] ?? 0 });
    }
  }
  return out;
}

export function maxPool(map: Grid, window: number, stride: number): Grid {
  return {
    rows: poolOutputSize(map.rows, window, stride),
    cols: poolOutputSize(map.cols, window, stride),
    data: maxPoolWindows(map, window, stride).map((w) => w.max),
  };
}
