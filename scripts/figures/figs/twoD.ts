import { correlate2d, outputSize, symmetric } from '../../../src/math/conv2d.ts';
import { grid } from '../../../src/math/grid.ts';
import { maxPool } from '../../../src/math/pool.ts';
import { arrow, drawGrid } from '../lib/draw.ts';
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, rect, svgDoc, text } from '../lib/svg.ts';
import { pal, windowsFigure } from './windows.ts';

export const XCORR_INPUT = grid(
  4,
  4,
  Array.from({ length: 16 }, (_, i) => i),
);
export const XCORR_KERNEL = grid(
  3,
  3,
  Array.from({ length: 9 }, (_, i) => i),
);
export const POOL_INPUT = grid(4, 4, [1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4]);

function crossCorrelation(): string {
  const out = correlate2d(XCORR_INPUT, XCORR_KERNEL);
  const cell = 46;
  const y = 56;
  const shade = (_v: number, r: number, c: number) =>
    r < 3 && c < 3 ? COLOR.lightBlue : '#ffffff';
  const inX = 30;
  const kX = inX + 4 * cell + 70;
  const oX = kX + 3 * cell + 70;
  const eqX = oX + 2 * cell + 50;
  const rows = [0, 1, 2].map((r) => [0, 1, 2].map((c) => `${r * 4 + c}×${r * 3 + c}`).join(' + '));
  const body = [
    text(inX + 2 * cell, 30, 'Вхід', { size: 20, weight: 'bold' }),
    text(kX + 1.5 * cell, 30, 'Ядро', { size: 20, weight: 'bold' }),
    text(oX + cell, 30, 'Вихід', { size: 20, weight: 'bold' }),
    drawGrid(inX, y, XCORR_INPUT, { cell, values: true, fill: shade, fontSize: 19 }),
    rect(inX, y, 3 * cell, 3 * cell, { stroke: COLOR.blue, sw: 4 }),
    text(kX - 35, y + 2 * cell, '⊛', { size: 34 }),
    drawGrid(kX, y + cell / 2, XCORR_KERNEL, {
      cell,
      values: true,
      fill: () => COLOR.lightBlue,
      fontSize: 19,
    }),
    text(oX - 35, y + 2 * cell, '=', { size: 34 }),
    drawGrid(oX, y + cell, out, {
      cell,
      values: true,
      fill: (_v, r, c) => (r === 0 && c === 0 ? COLOR.lightBlue : '#ffffff'),
      fontSize: 17,
    }),
    ...rows.map((r, i) =>
      text(eqX, y + 30 + i * 34, `${i === 0 ? '  ' : '+ '}${r}`, {
        size: 17,
        anchor: 'start',
        mono: true,
      }),
    ),
    text(eqX, y + 30 + 3 * 34, `= ${out.data[0]}`, {
      size: 19,
      anchor: 'start',
      mono: true,
      weight: 'bold',
      fill: COLOR.blue,
    }),
  ];
  return svgDoc(
    {
      width: eqX + 210,
      height: y + 4 * cell + 26,
      title: 'Взаємна кореляція 4×4 входу з ядром 3×3',
    },
    body,
  );
}

function maxPooling(): string {
  const out = maxPool(POOL_INPUT, 2, 2);
  const cell = 60;
  const region = (r: number, c: number) => Math.floor(r / 2) * 2 + Math.floor(c / 2);
  const body = [
    text(40 + 2 * cell, 34, 'Вхід 4×4', { size: 20, weight: 'bold' }),
    drawGrid(40, 60, POOL_INPUT, {
      cell,
      values: true,
      fontSize: 24,
      fill: (_v, r, c) => pal(region(r, c))[0],
    }),
    arrow(40 + 4 * cell + 25, 60 + 2 * cell, 40 + 4 * cell + 145, 60 + 2 * cell, COLOR.ink, 2.5),
    text(40 + 4 * cell + 85, 60 + 2 * cell - 36, 'max-pooling', { size: 18, italic: true }),
    text(40 + 4 * cell + 85, 60 + 2 * cell - 14, '2×2, крок 2', { size: 16, fill: COLOR.muted }),
    text(40 + 4 * cell + 170 + cell, 34, 'Вихід 2×2', { size: 20, weight: 'bold' }),
    drawGrid(40 + 4 * cell + 170, 60 + cell, out, {
      cell,
      values: true,
      fontSize: 24,
      fill: (_v, r, c) => pal(r * 2 + c)[0],
    }),
  ];
  return svgDoc(
    { width: 40 + 6 * cell + 210, height: 60 + 4 * cell + 30, title: 'Операція max-pooling' },
    body,
  );
}

function convOutput(): string {
  const I = 5;
  const F = 3;
  const P = 1;
  const S = 2;
  const O = outputSize(I, F, symmetric(P), S);
  const cell = 36;
  const total = I + 2 * P;
  const x0 = 60;
  const y0 = 56;
  const g = grid(total, total, new Array(total * total).fill(0));
  const isPad = (r: number, c: number) => r < P || c < P || r >= total - P || c >= total - P;
  const body = [
    drawGrid(x0, y0, g, {
      cell,
      stroke: COLOR.grid,
      fill: (_v, r, c) => (r < F && c < F ? COLOR.lightBlue : isPad(r, c) ? COLOR.gray : '#ffffff'),
    }),
    rect(x0 + P * cell, y0 + P * cell, I * cell, I * cell, { stroke: COLOR.ink, sw: 2.5 }),
    rect(x0, y0, F * cell, F * cell, { stroke: COLOR.blue, sw: 3.5 }),
    text(x0 + (P + I / 2) * cell, y0 - 22, `I = ${I}`, { size: 20, weight: 'bold' }),
    text(x0 - 30, y0 + (total / 2) * cell, `P = ${P}`, {
      size: 18,
      rotate: -90,
      fill: COLOR.muted,
      weight: 'bold',
    }),
    text(x0 + (F / 2) * cell, y0 + total * cell + 24, `F = ${F}`, {
      size: 20,
      weight: 'bold',
      fill: COLOR.blue,
    }),
    text(x0 + total * cell - 40, y0 + total * cell + 24, `S = ${S}`, {
      size: 20,
      weight: 'bold',
      fill: COLOR.orange,
    }),
    arrow(
      x0 + (F / 2) * cell,
      y0 + (F / 2) * cell,
      x0 + (F / 2 + S) * cell,
      y0 + (F / 2) * cell,
      COLOR.orange,
      3,
    ),
  ];
  const ox = x0 + total * cell + 130;
  const oy = y0 + ((total - O) / 2) * cell;
  body.push(
    arrow(
      x0 + total * cell + 25,
      y0 + (total / 2) * cell,
      ox - 25,
      y0 + (total / 2) * cell,
      COLOR.ink,
      2.5,
    ),
  );
  body.push(
    drawGrid(ox, oy, grid(O, O, new Array(O * O).fill(0)), {
      cell,
      fill: (_v, r, c) => (r === 0 && c === 0 ? COLOR.lightBlue : '#ffffff'),
    }),
  );
  body.push(
    text(ox + (O / 2) * cell, oy - 22, `O = ${O}`, { size: 20, weight: 'bold', fill: COLOR.green }),
  );
  const fx = ox + O * cell + 60;
  body.push(
    text(fx, y0 + 1.5 * cell, 'O = (I − F + 2P)/S + 1', { size: 20, anchor: 'start', mono: true }),
    text(fx, y0 + 2.5 * cell, `  = (${I} − ${F} + 2·${P})/${S} + 1`, {
      size: 20,
      anchor: 'start',
      mono: true,
    }),
    text(fx, y0 + 3.5 * cell, `  = ${O}`, {
      size: 20,
      anchor: 'start',
      mono: true,
      weight: 'bold',
      fill: COLOR.green,
    }),
  );
  return svgDoc(
    {
      width: fx + 300,
      height: y0 + total * cell + 44,
      title: 'Розмір виходу згортки',
    },
    body,
  );
}

export function twoDFigures(): FigureFile[] {
  return [
    { path: 'figures/lec5/cross-correlation.svg', content: crossCorrelation() },
    {
      path: 'figures/lec5/3x3_patches_in_5x5_input.svg',
      content: windowsFigure(
        5,
        3,
        1,
        0,
        'Дев’ять вікон 3×3 на вході 5×5',
        'Ядро 3×3, вхідна карта ознак 5×5 → 9 вікон',
      ),
    },
    {
      path: 'figures/lec5/padding_of_5x5_input.svg',
      content: windowsFigure(
        5,
        3,
        1,
        1,
        'Доповнення входу 5×5 нулями',
        'Доповнений вхід 7×7 → 25 вікон 3×3',
      ),
    },
    {
      path: 'figures/lec5/strides.svg',
      content: windowsFigure(5, 3, 2, 0, 'Вікна 3×3 з кроком 2', 'Ядро 3×3 з кроком 2×2 → 4 вікна'),
    },
    { path: 'figures/lec5/max-pooling.svg', content: maxPooling() },
    { path: 'figures/lec5/conv-output.svg', content: convOutput() },
  ];
}
