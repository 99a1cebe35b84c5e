import { outputSize, symmetric, windows } from '../../../src/math/conv2d.ts';
import { grid } from '../../../src/math/grid.ts';
import { arrow, drawGrid } from '../lib/draw.ts';
import { COLOR, rect, svgDoc, text } from '../lib/svg.ts';

const PALETTE = [
  [COLOR.lightBlue, COLOR.blue],
  [COLOR.lightOrange, COLOR.orange],
  [COLOR.lightGreen, COLOR.green],
  [COLOR.lightPurple, COLOR.purple],
  [COLOR.lightRed, COLOR.red],
  [COLOR.lightTeal, COLOR.teal],
  [COLOR.lightYellow, '#b08900'],
  ['#f3d9ea', '#a2387a'],
  ['#dde3ea', '#44546a'],
] as const;
export const pal = (i: number) => PALETTE[i % PALETTE.length] as readonly [string, string];

/** Small multiples: every window of a size-`f` filter (stride s, padding p) on an n×n input → output grid. */
export function windowsFigure(
  nIn: number,
  f: number,
  stride: number,
  padding: number,
  title: string,
  caption: string,
): string {
  const total = nIn + 2 * padding;
  const starts = windows(total, f, stride);
  const o = outputSize(nIn, f, symmetric(padding), stride);
  const shown: [number, number][] = [];
  for (const r of starts) for (const c of starts) shown.push([r, c]);
  const many = shown.length > 9;
  const picked = many
    ? shown.filter((_, i) => i === 0 || i === 6 || i === 12 || i === shown.length - 1)
    : shown;
  const cell = many ? 20 : shown.length > 4 ? 18 : 24;
  const gap = 22;
  const perRow = many ? 4 : shown.length > 4 ? 5 : 4;
  const mini = total * cell;
  const body: string[] = [];
  const x0 = 30;
  const y0 = 60;
  body.push(text(x0, 30, caption, { size: 20, anchor: 'start', weight: 'bold' }));
  picked.forEach(([r, c], k) => {
    const idx = shown.findIndex(([a, b]) => a === r && b === c);
    const [light, dark] = pal(idx);
    const gx = x0 + (k % perRow) * (mini + gap);
    const gy = y0 + Math.floor(k / perRow) * (mini + gap);
    const g = grid(total, total, new Array(total * total).fill(0));
    body.push(
      drawGrid(gx, gy, g, {
        cell,
        fill: (_v, rr, cc) => {
          const inWin = rr >= r && rr < r + f && cc >= c && cc < c + f;
          const isPad =
            rr < padding || cc < padding || rr >= total - padding || cc >= total - padding;
          return inWin ? light : isPad ? COLOR.gray : '#ffffff';
        },
        stroke: COLOR.grid,
      }),
    );
    if (padding > 0)
      body.push(
        rect(gx + padding * cell, gy + padding * cell, nIn * cell, nIn * cell, {
          stroke: COLOR.ink,
          sw: 2,
        }),
      );
    body.push(rect(gx + c * cell, gy + r * cell, f * cell, f * cell, { stroke: dark, sw: 3 }));
  });
  const rows = Math.ceil(picked.length / perRow);
  const gridW = perRow * (mini + gap) - gap;
  const gridH = rows * (mini + gap) - gap;
  const oCell = Math.min(40, (gridH - 30) / o);
  const ox = x0 + gridW + 110;
  const oy = y0 + (gridH - 30) / 2 - (o * oCell) / 2;
  body.push(arrow(x0 + gridW + 20, y0 + gridH / 2, ox - 20, y0 + gridH / 2, COLOR.ink, 2.5));
  body.push(
    drawGrid(ox, oy, grid(o, o, new Array(o * o).fill(0)), {
      cell: oCell,
      fill: (_v, r, c) => {
        const idx = r * o + c;
        const isShown = picked.some(([a, b]) => a === (starts[r] ?? -1) && b === (starts[c] ?? -1));
        return isShown ? pal(idx)[0] : '#ffffff';
      },
    }),
  );
  body.push(text(ox + (o * oCell) / 2, oy + o * oCell + 22, `вихід ${o}×${o}`, { size: 18 }));
  const legend =
    padding > 0
      ? `вхід ${nIn}×${nIn}, доповнення ${padding} (сірі клітинки — нулі)`
      : `вхід ${nIn}×${nIn}, ядро ${f}×${f}, крок ${stride}`;
  body.push(
    text(x0, y0 + gridH + 30, many ? `${legend}; показано 4 з ${shown.length} вікон` : legend, {
      size: 17,
      anchor: 'start',
      fill: COLOR.muted,
    }),
  );
  return svgDoc({ width: ox + o * oCell + 40, height: y0 + gridH + 55, title }, body);
}
