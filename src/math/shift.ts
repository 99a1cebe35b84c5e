import { at, type Grid } from './grid.ts';

/**
 * Moves an image by (dr, dc) cells — down and right for positive values — filling with zeros;
 * what leaves the frame is lost.
 */
export function shift2d(g: Grid, dr: number, dc: number): Grid {
  const data: number[] = [];
  for (let r = 0; r < g.rows; r++)
    for (let c = 0; c < g.cols; c++) data.push(at(g, r - dr, c - dc));
  return { rows: g.rows, cols: g.cols, data };
}

/** Share of the image's total (positive) mass that a shift by (dr, dc) pushes out of the frame. */
export function lostByShift(g: Grid, dr: number, dc: number): number {
  let total = 0;
  let lost = 0;
  for (let r = 0; r < g.rows; r++)
    for (let c = 0; c < g.cols; c++) {
      const v = Math.max(0, at(g, r, c));
      total += v;
      const tr = r + dr;
      const tc = c + dc;
      if (tr < 0 || tc < 0 || tr >= g.rows || tc >= g.cols) lost += v;
    }
  return total === 0 ? 0 : lost / total;
}
