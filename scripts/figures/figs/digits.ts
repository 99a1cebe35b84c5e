import { correlate2d } from '../../../src/math/conv2d.ts';
import { argmax, at, type Grid, grid } from '../../../src/math/grid.ts';
import { shift2d } from '../../../src/math/shift.ts';
import {
  arrow,
  diverging,
  drawGrid,
  grayImage,
  inkGray,
  inkOn,
  inkShade,
  valueGrid,
} from '../lib/draw.ts';
import type { FigureFile } from '../lib/figure.ts';
import type { DigitSource } from '../lib/mnist.ts';
import { pngDataUri } from '../lib/png.ts';
import { COLOR, image, rect, svgDoc, text } from '../lib/svg.ts';

/** Vertical-edge filter used for the response maps (responds to left→right dark→light). */
export const EDGE_FILTER = grid(3, 3, [-1, 0, 1, -2, 0, 2, -1, 0, 1]);
export const H_EDGE_FILTER = grid(3, 3, [-1, -2, -1, 0, 0, 0, 1, 2, 1]);

/** A signed map drawn with the diverging palette, as an embedded RGB PNG. */
function signedImage(x: number, y: number, size: number, g: Grid): string {
  const maxAbs = Math.max(...g.data.map(Math.abs));
  const px = new Uint8Array(g.rows * g.cols * 3);
  g.data.forEach((v, i) => {
    const hex = diverging(v, maxAbs);
    px[i * 3] = Number.parseInt(hex.slice(1, 3), 16);
    px[i * 3 + 1] = Number.parseInt(hex.slice(3, 5), 16);
    px[i * 3 + 2] = Number.parseInt(hex.slice(5, 7), 16);
  });
  return (
    image(x, y, size, size, pngDataUri(g.cols, g.rows, px, 3)) +
    rect(x, y, size, size, { stroke: COLOR.ink, sw: 1 })
  );
}

function mnistSamples(src: DigitSource): string {
  const size = 64;
  const gap = 22;
  const body: string[] = [];
  for (let label = 0; label < 10; label++)
    for (let k = 0; k < 3; k++) {
      const d = src.digit(label, k);
      body.push(grayImage(30 + label * (size + gap), 30 + k * (size + gap), size, d));
    }
  for (let label = 0; label < 10; label++)
    body.push(
      text(30 + label * (size + gap) + size / 2, 30 + 3 * (size + gap) + 10, `мітка ${label}`, {
        size: 16,
        weight: 'bold',
      }),
    );
  return svgDoc(
    {
      width: 30 + 10 * (size + gap) + 16,
      height: 30 + 3 * (size + gap) + 40,
      title: 'Приклади цифр MNIST з мітками',
    },
    body,
  );
}

function pixelValues(src: DigitSource): string {
  const d = src.digit(5, 0);
  const cell = 21;
  const gx = 330;
  const body = [
    text(40, 40, `Цифра «${d.label}» з MNIST`, { size: 24, weight: 'bold', anchor: 'start' }),
    grayImage(40, 80, 250, d),
    text(40, 370, '28 × 28 = 784 пікселі', { size: 19, anchor: 'start' }),
    text(40, 398, 'значення від 0 (фон)', { size: 19, anchor: 'start', fill: COLOR.muted }),
    text(40, 424, 'до 255 (чорнило)', { size: 19, anchor: 'start', fill: COLOR.muted }),
    valueGrid(gx, 20, d, {
      cell,
      fontSize: 8.6,
      gray: (v) => inkGray(v),
      ink: (v) => (v === 0 ? '#c3c7cd' : inkOn(v)),
      stroke: '#c9ccd2',
      sw: 0.5,
    }),
  ];
  return svgDoc(
    { width: gx + 28 * cell + 24, height: 40 + 28 * cell, title: 'Значення пікселів цифри MNIST' },
    body,
  );
}

function imc(src: DigitSource): string {
  const d = src.digit(3, 0);
  const r0 = 6;
  const c0 = 8;
  const k = 9;
  const crop = grid(
    k,
    k,
    Array.from({ length: k * k }, (_, i) => at(d, r0 + Math.floor(i / k), c0 + (i % k))),
  );
  const size = 300;
  const px = size / 28;
  const cell = 33;
  const mx = 40 + size + 110;
  const body = [
    grayImage(40, 60, size, d),
    rect(40 + c0 * px, 60 + r0 * px, k * px, k * px, { stroke: COLOR.orange, sw: 3 }),
    text(40 + size / 2, 34, 'Зображення 28 × 28', { size: 20, weight: 'bold' }),
    arrow(40 + size + 20, 60 + size / 2, mx - 20, 60 + size / 2, COLOR.ink, 2.5),
    drawGrid(mx, 60 + size / 2 - (k * cell) / 2, crop, {
      cell,
      values: true,
      fontSize: 12.5,
      fill: (v) => inkShade(v),
      ink: (v) => inkOn(v),
      stroke: '#c9ccd2',
    }),
    rect(mx, 60 + size / 2 - (k * cell) / 2, k * cell, k * cell, { stroke: COLOR.orange, sw: 3 }),
    text(mx + (k * cell) / 2, 34, 'Матриця чисел (фрагмент)', { size: 20, weight: 'bold' }),
    text(
      40,
      60 + size + 40,
      'Зображення у відтінках сірого — одна матриця (висота × ширина), значення 0–255',
      { size: 15, anchor: 'start', fill: COLOR.muted },
    ),
  ];
  return svgDoc(
    {
      width: mx + k * cell + 40,
      height: 60 + size + 70,
      title: 'Зображення у відтінках сірого як матриця',
    },
    body,
  );
}

/** The strongest local patterns of a real digit: windows where edge filters respond most. */
function localPatches(src: DigitSource): string {
  const d = src.digit(2, 0);
  const filters: { g: Grid; name: string; sign: 1 | -1 }[] = [
    { g: EDGE_FILTER, name: 'лівий край', sign: 1 },
    { g: EDGE_FILTER, name: 'правий край', sign: -1 },
    { g: H_EDGE_FILTER, name: 'верхній край', sign: 1 },
    { g: H_EDGE_FILTER, name: 'нижній край', sign: -1 },
  ];
  const colors = [COLOR.blue, COLOR.orange, COLOR.green, COLOR.purple];
  const size = 336;
  const px = size / 28;
  const body = [grayImage(40, 40, size, d)];
  filters.forEach((f, i) => {
    const resp = correlate2d(d, f.g);
    const best = argmax(resp.data.map((v) => v * f.sign));
    const r = Math.floor(best.index / resp.cols);
    const c = best.index % resp.cols;
    const color = colors[i] ?? COLOR.ink;
    body.push(rect(40 + c * px, 40 + r * px, 3 * px, 3 * px, { stroke: color, sw: 3 }));
    const patch = grid(
      3,
      3,
      Array.from({ length: 9 }, (_, j) => at(d, r + Math.floor(j / 3), c + (j % 3))),
    );
    const py = 40 + i * 86;
    const pxX = 40 + size + 60;
    body.push(drawGrid(pxX, py, patch, { cell: 24, fill: (v) => inkShade(v), stroke: '#c9ccd2' }));
    body.push(rect(pxX, py, 72, 72, { stroke: color, sw: 3 }));
    body.push(
      text(pxX + 90, py + 36, f.name, { size: 18, anchor: 'start', fill: color, weight: 'bold' }),
    );
  });
  return svgDoc(
    {
      width: 40 + size + 60 + 250,
      height: size + 80,
      title: 'Зображення як набір локальних шаблонів 3×3',
    },
    body,
  );
}

function responseMap(src: DigitSource): string {
  const d = src.digit(0, 0);
  const resp = correlate2d(d, EDGE_FILTER);
  const size = 252;
  const y = 70;
  const fX = 40 + size + 80;
  const rX = fX + 3 * 44 + 80;
  const body = [
    text(40 + size / 2, 36, 'Вхід 28 × 28', { size: 20, weight: 'bold' }),
    grayImage(40, y, size, d),
    text(fX - 40, y + size / 2, '⊛', { size: 38 }),
    text(fX + 66, 36, 'Фільтр 3 × 3', { size: 20, weight: 'bold' }),
    drawGrid(fX, y + size / 2 - 66, EDGE_FILTER, {
      cell: 44,
      values: true,
      fontSize: 18,
      fill: (v) => diverging(v, 2),
    }),
    text(rX - 40, y + size / 2, '=', { size: 38 }),
    text(rX + size / 2, 36, 'Карта відгуку 26 × 26', { size: 20, weight: 'bold' }),
    signedImage(rX, y, size, resp),
    // Two short lines: an SVG shown as an image falls back to a wider system font, and one
    // line ran past the figure's edge there.
    text(rX + size / 2, y + size + 26, 'оранжеве — сильний відгук,', {
      size: 14,
      fill: COLOR.muted,
    }),
    text(rX + size / 2, y + size + 44, 'синє — протилежний', { size: 14, fill: COLOR.muted }),
  ];
  return svgDoc(
    {
      width: rX + size + 40,
      height: y + size + 68,
      title: 'Вихідна карта ознак: відгук фільтра на цифрі',
    },
    body,
  );
}

/** Shifted copies of one digit: the response map moves, its maximum stays the same. */
function translationInvariance(src: DigitSource): string {
  const d = src.digit(7, 0);
  const shifts: [number, number][] = [
    [0, -4],
    [0, 0],
    [3, 4],
  ];
  const size = 140;
  const body: string[] = [];
  shifts.forEach(([dr, dc], i) => {
    const x = 40 + i * (size * 2 + 100);
    const s = shift2d(d, dr, dc);
    const resp = correlate2d(s, EDGE_FILTER);
    const best = argmax(resp.data);
    body.push(grayImage(x, 60, size, s));
    body.push(arrow(x + size + 10, 60 + size / 2, x + size + 40, 60 + size / 2));
    body.push(signedImage(x + size + 50, 60 + (size * 2) / 28, (size * 26) / 28, resp));
    const br = Math.floor(best.index / resp.cols);
    const bc = best.index % resp.cols;
    const cell = size / 28;
    body.push(
      rect(
        x + size + 50 + bc * cell - 3,
        60 + (size * 2) / 28 + br * cell - 3,
        cell + 6,
        cell + 6,
        { stroke: COLOR.green, sw: 2.5 },
      ),
    );
    body.push(
      text(x + size, 36, `зсув (${dr}, ${dc})`.replace(/-/g, '−'), { size: 18, weight: 'bold' }),
    );
    body.push(
      text(x + size, 60 + size + 28, `max відгуку = ${best.value}`, {
        size: 17,
        mono: true,
        fill: COLOR.green,
      }),
    );
  });
  body.push(
    text(40, 60 + size + 62, 'Карта відгуку зсувається разом із цифрою (еквіваріантність),', {
      size: 16,
      anchor: 'start',
      fill: COLOR.muted,
    }),
  );
  body.push(
    text(
      40,
      60 + size + 84,
      'а її максимум (глобальний max-pooling) не змінюється — інваріантність.',
      { size: 16, anchor: 'start', fill: COLOR.muted },
    ),
  );
  return svgDoc(
    {
      width: 40 + 3 * (size * 2 + 100) - 40,
      height: 60 + size + 110,
      title: 'Інваріантність відносно зміщень',
    },
    body,
  );
}

export function digitFigures(src: DigitSource): FigureFile[] {
  return [
    { path: 'figures/lec5/mnist-samples.svg', content: mnistSamples(src) },
    { path: 'figures/lec5/pixel-values.svg', content: pixelValues(src) },
    { path: 'figures/lec5/imc.svg', content: imc(src) },
    { path: 'figures/lec5/im.svg', content: localPatches(src) },
    { path: 'figures/lec5/responce-map.svg', content: responseMap(src) },
    { path: 'figures/lec5/t-invar.svg', content: translationInvariance(src) },
  ];
}
