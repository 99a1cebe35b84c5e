import { grid } from '../../../src/math/grid.ts';
import { arrow, box3d, drawGrid, rgbImage } from '../lib/draw.ts';
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, svgDoc, text } from '../lib/svg.ts';

/** A small synthetic colour picture: sky gradient, sun, green ground. */
function syntheticRgb(size: number): [number[], number[], number[]] {
  const r: number[] = [];
  const g: number[] = [];
  const b: number[] = [];
  const put = (rv: number, gv: number, bv: number) => {
    r.push(Math.round(rv));
    g.push(Math.round(gv));
    b.push(Math.round(bv));
  };
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const sun = (x - size * 0.7) ** 2 + (y - size * 0.3) ** 2 < (size * 0.18) ** 2;
      const ground = y > size * 0.65 + Math.sin(x / 2) * 0.6;
      if (sun) put(250, 200, 40);
      else if (ground) put(40 + 4 * x, 150 + 2 * y, 60);
      else put(90 + 8 * y, 150 + 5 * y, 235 - 4 * y);
    }
  return [r, g, b];
}

function imRgb(): string {
  const size = 8;
  const [r, g, b] = syntheticRgb(size);
  const grids = [grid(size, size, r), grid(size, size, g), grid(size, size, b)] as const;
  const cell = 26;
  const names = ['R (червоний)', 'G (зелений)', 'B (синій)'];
  const tints = [
    (v: number) => `rgb(255,${255 - Math.round(v * 0.7)},${255 - Math.round(v * 0.7)})`,
    (v: number) => `rgb(${255 - Math.round(v * 0.7)},255,${255 - Math.round(v * 0.7)})`,
    (v: number) => `rgb(${255 - Math.round(v * 0.7)},${255 - Math.round(v * 0.7)},255)`,
  ];
  const body = [
    text(30 + 110, 40, 'Зображення 8 × 8', { size: 18, weight: 'bold' }),
    rgbImage(30, 70, 220, grids),
  ];
  grids.forEach((gr, i) => {
    const x = 320 + i * (size * cell + 30);
    body.push(text(x + (size * cell) / 2, 40, names[i] ?? '', { size: 18, weight: 'bold' }));
    const tint = tints[i] ?? ((): string => '#ffffff');
    body.push(drawGrid(x, 70, gr, { cell, values: true, fontSize: 10, fill: tint }));
  });
  body.push(arrow(262, 180, 306, 180));
  body.push(
    text(
      30,
      70 + size * cell + 40,
      'Три канали — три матриці: рядки × стовпці × канали = 8 × 8 × 3',
      { size: 17, anchor: 'start', fill: COLOR.muted },
    ),
  );
  return svgDoc(
    {
      width: 320 + 3 * (size * cell + 30) + 10,
      height: 70 + size * cell + 70,
      title: 'RGB-зображення як три матриці',
    },
    body,
  );
}

/** A sequence of 3D tensors along a time axis (rank 4); `frames` draws moving pictures on them. */
function sequence(frames: boolean): string {
  const count = 4;
  const step = 175;
  const body: string[] = [];
  for (let t = 0; t < count; t++) {
    const x = 40 + t * step;
    const y = 120;
    for (let k = 2; k >= 0; k--) {
      const fill = [COLOR.lightBlue, COLOR.lightRed, COLOR.lightGreen][k] ?? COLOR.gray;
      body.push(box3d(x + k * 14, y - k * 12, 100, 100, 6, fill));
    }
    if (frames) {
      const size = 12;
      const bx = 2 + t * 2.5;
      const r: number[] = [];
      const g: number[] = [];
      const b: number[] = [];
      for (let yy = 0; yy < size; yy++)
        for (let xx = 0; xx < size; xx++) {
          const ball = (xx - bx - 1.5) ** 2 + (yy - 6 + (t % 2)) ** 2 < 6;
          r.push(ball ? 230 : 210);
          g.push(ball ? 90 : 230);
          b.push(ball ? 50 : 250);
        }
      body.push(
        rgbImage(x, y, 100, [grid(size, size, r), grid(size, size, g), grid(size, size, b)]),
      );
    }
    body.push(text(x + 50, y + 125, `t = ${t + 1}`, { size: 18, weight: 'bold' }));
  }
  body.push(arrow(40, 290, 40 + count * step - 40, 290, COLOR.ink, 2.5));
  body.push(text(40 + (count * step) / 2, 312, 'час t', { size: 17, fill: COLOR.muted }));
  body.push(
    text(
      40 + (count * step) / 2 - 20,
      36,
      frames
        ? 'Відео — послідовність кадрів (тензор рангу 4)'
        : 'Послідовність 3D тензорів (тензор рангу 4)',
      { size: 22, weight: 'bold' },
    ),
  );
  body.push(
    text(40 + (count * step) / 2 - 20, 350, 'рядки × стовпці × канали × t', {
      size: 20,
      fill: COLOR.muted,
      mono: true,
    }),
  );
  return svgDoc(
    {
      width: 40 + count * step + 20,
      height: 380,
      title: frames ? 'Відео як тензор рангу 4' : 'Послідовність тензорів',
    },
    body,
  );
}

/** Images and sequences as tensors: RGB channels, a sequence of 3D tensors, a video. */
export function imageTensorFigures(): FigureFile[] {
  return [
    { path: 'figures/lec5/imRGB.svg', content: imRgb() },
    { path: 'figures/lec5/imsec.svg', content: sequence(false) },
    { path: 'figures/lec5/imsec2.svg', content: sequence(true) },
  ];
}
