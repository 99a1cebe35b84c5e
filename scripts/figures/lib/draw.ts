import { at, type Grid } from '../../../src/math/grid.ts';
import { toBytes } from './mnist.ts';
import { pngDataUri } from './png.ts';
import { COLOR, esc, image, line, n, path, rect, text } from './svg.ts';

export interface GridStyle {
  /** Cell size in px. */
  readonly cell: number;
  /** Print each value in its cell. */
  readonly values?: boolean;
  readonly fontSize?: number;
  /** Cell fill; defaults to white. */
  readonly fill?: (v: number, r: number, c: number) => string;
  /** Text colour per cell; defaults to ink. */
  readonly ink?: (v: number, r: number, c: number) => string;
  readonly stroke?: string;
  readonly sw?: number;
  /** Value formatter (default: integer). */
  readonly format?: (v: number) => string;
}

/** A grid of cells, optionally with its numbers. */
export function drawGrid(x: number, y: number, g: Grid, s: GridStyle): string {
  const out: string[] = [];
  const fmt = s.format ?? ((v: number) => String(Math.round(v)));
  for (let r = 0; r < g.rows; r++)
    for (let c = 0; c < g.cols; c++) {
      const v = at(g, r, c);
      const cx = x + c * s.cell;
      const cy = y + r * s.cell;
      out.push(
        rect(cx, cy, s.cell, s.cell, {
          fill: s.fill?.(v, r, c) ?? '#ffffff',
          stroke: s.stroke ?? COLOR.grid,
          sw: s.sw ?? 1,
        }),
      );
      if (s.values)
        out.push(
          text(cx + s.cell / 2, cy + s.cell / 2, fmt(v), {
            size: s.fontSize ?? s.cell * 0.45,
            fill: s.ink?.(v, r, c) ?? COLOR.ink,
          }),
        );
    }
  out.push(
    rect(x, y, g.cols * s.cell, g.rows * s.cell, {
      stroke: s.stroke ?? COLOR.ink,
      sw: (s.sw ?? 1) + 0.5,
    }),
  );
  return out.join('');
}

/** Grey level (0–255) of a value as ink on paper: 0 → 255 (white), max → 20 (near black). */
export function inkGray(v: number, max = 255): number {
  const t = Math.max(0, Math.min(1, v / max));
  return Math.round(255 - 235 * t);
}

/** Grey level of a 0–255 value as ink on paper (255 → black), as a hex colour. */
export function inkShade(v: number, max = 255): string {
  const h = inkGray(v, max).toString(16).padStart(2, '0');
  return `#${h}${h}${h}`;
}

export interface ValueGridStyle {
  /** Cell size in px. */
  readonly cell: number;
  readonly fontSize: number;
  /** Grey level (0–255) of a cell. */
  readonly gray: (v: number) => number;
  /** Text colour of a cell's number. */
  readonly ink: (v: number) => string;
  readonly stroke: string;
  readonly sw: number;
}

/** Advance of a digit as a share of the font size (tabular digits of common sans fonts). */
const DIGIT_ADVANCE = 0.55;

/**
 * A large grid of integer values (e.g. a 28×28 digit) drawn cheaply: the shading is one
 * pixelated PNG, the cell lines one path, and the numbers one `<text>` per row and colour,
 * each character centred on its own x (an x list). One element per cell, as `drawGrid` makes
 * (1,500+ for 28×28), costs a browser 50–250 ms to parse and paint when the slide shows.
 */
export function valueGrid(x: number, y: number, g: Grid, s: ValueGridStyle): string {
  const width = g.cols * s.cell;
  const height = g.rows * s.cell;
  const shades = Uint8Array.from(g.data, (v) => s.gray(v));
  const out = [image(x, y, width, height, pngDataUri(g.cols, g.rows, shades, 1))];
  const lines: string[] = [];
  for (let c = 1; c < g.cols; c++) lines.push(`M${n(x + c * s.cell)} ${n(y)}v${n(height)}`);
  for (let r = 1; r < g.rows; r++) lines.push(`M${n(x)} ${n(y + r * s.cell)}h${n(width)}`);
  out.push(path(lines.join(''), { stroke: s.stroke, sw: s.sw }));
  out.push(rect(x, y, width, height, { stroke: s.stroke, sw: s.sw + 0.5 }));
  const advance = s.fontSize * DIGIT_ADVANCE;
  for (let r = 0; r < g.rows; r++) {
    const runs = new Map<string, { xs: string[]; chars: string }>();
    for (let c = 0; c < g.cols; c++) {
      const v = Math.round(at(g, r, c));
      const label = String(v);
      const ink = s.ink(v);
      const run = runs.get(ink) ?? { xs: [], chars: '' };
      runs.set(ink, run);
      const cx = x + (c + 0.5) * s.cell;
      for (let i = 0; i < label.length; i++) {
        run.xs.push(n(cx + (i - (label.length - 1) / 2) * advance));
      }
      run.chars += label;
    }
    const cy = n(y + (r + 0.5) * s.cell);
    for (const [ink, run] of runs) {
      out.push(
        `<text x="${run.xs.join(' ')}" y="${cy}" font-size="${n(s.fontSize)}" text-anchor="middle" dominant-baseline="central" fill="${esc(ink)}">${run.chars}</text>`,
      );
    }
  }
  return out.join('');
}

/** Text colour readable on inkShade(v). */
export function inkOn(v: number, max = 255): string {
  return v / max > 0.5 ? '#ffffff' : COLOR.ink;
}

/** A diverging colour for signed values (blue negative, orange positive). */
export function diverging(v: number, maxAbs: number): string {
  const t = Math.max(-1, Math.min(1, maxAbs === 0 ? 0 : v / maxAbs));
  const mix = (a: number, b: number, k: number) => Math.round(a + (b - a) * k);
  const [r, g, b] =
    t >= 0
      ? [mix(255, 224, t), mix(255, 120, t), mix(255, 43, t)]
      : [mix(255, 52, -t), mix(255, 103, -t), mix(255, 176, -t)];
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A grayscale image (0–255, 255 = ink) as an embedded PNG, dark ink on white. */
export function grayImage(
  x: number,
  y: number,
  size: number,
  g: Grid,
  invert = true,
  frame = true,
): string {
  const bytes = toBytes(g);
  const px = invert ? bytes.map((b) => 255 - b) : bytes;
  const img = image(x, y, size, (size * g.rows) / g.cols, pngDataUri(g.cols, g.rows, px, 1));
  return frame
    ? img + rect(x, y, size, (size * g.rows) / g.cols, { stroke: COLOR.ink, sw: 1 })
    : img;
}

/** An RGB image from three 0–255 channel grids. */
export function rgbImage(
  x: number,
  y: number,
  size: number,
  ch: readonly [Grid, Grid, Grid],
): string {
  const [r, g, b] = ch;
  const px = new Uint8Array(r.rows * r.cols * 3);
  for (let i = 0; i < r.rows * r.cols; i++) {
    px[i * 3] = r.data[i] ?? 0;
    px[i * 3 + 1] = g.data[i] ?? 0;
    px[i * 3 + 2] = b.data[i] ?? 0;
  }
  return (
    image(x, y, size, size, pngDataUri(r.cols, r.rows, px, 3)) +
    rect(x, y, size, size, { stroke: COLOR.ink, sw: 1 })
  );
}

/** A thick arrow from (x1, y1) to (x2, y2). */
export function arrow(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string = COLOR.ink,
  sw = 2,
): string {
  return line(x1, y1, x2, y2, { stroke, sw, arrow: true });
}

/** A pseudo-3D box (front face + top + side) — used for tensors and feature maps. */
export function box3d(
  x: number,
  y: number,
  w: number,
  h: number,
  d: number,
  fill: string,
  stroke: string = COLOR.ink,
): string {
  const dx = d * 0.6;
  const dy = -d * 0.45;
  return [
    `<path d="M${n(x)} ${n(y)}L${n(x + dx)} ${n(y + dy)}L${n(x + w + dx)} ${n(y + dy)}L${n(x + w)} ${n(y)}Z" fill="${fill}" stroke="${stroke}" stroke-width="1.2" opacity="0.85"/>`,
    `<path d="M${n(x + w)} ${n(y)}L${n(x + w + dx)} ${n(y + dy)}L${n(x + w + dx)} ${n(y + h + dy)}L${n(x + w)} ${n(y + h)}Z" fill="${fill}" stroke="${stroke}" stroke-width="1.2" opacity="0.7"/>`,
    rect(x, y, w, h, { fill, stroke, sw: 1.2 }),
  ].join('');
}
