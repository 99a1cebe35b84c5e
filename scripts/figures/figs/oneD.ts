import { convolveFull, correlate1d, correlateFull } from '../../../src/math/conv1d.ts';
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, line, n, path, rect, svgDoc, text } from '../lib/svg.ts';

export const OP1 = { x: [0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4], u: [-1, 1] } as const;
export const OP2 = { x: [0, 0, 3, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0], u: [1, 0, 1] } as const;

interface StepPlot {
  readonly x: number;
  readonly y: number;
  readonly values: readonly number[];
  readonly cellW: number;
  readonly unit: number;
  readonly color: string;
  readonly label: string;
  /** Horizontal offset in cells (to align outputs under the window start). */
  readonly offset?: number;
  readonly maxAbs: number;
}

/** Values as a filled step plot over a baseline, with each value printed in a cell below. */
function stepPlot(p: StepPlot): string {
  const out: string[] = [];
  const x0 = p.x + (p.offset ?? 0) * p.cellW;
  const baseY = p.y + p.maxAbs * p.unit;
  const pts: string[] = [`M${n(x0)} ${n(baseY)}`];
  p.values.forEach((v, i) => {
    const yy = baseY - v * p.unit;
    pts.push(`L${n(x0 + i * p.cellW)} ${n(yy)}L${n(x0 + (i + 1) * p.cellW)} ${n(yy)}`);
  });
  pts.push(`L${n(x0 + p.values.length * p.cellW)} ${n(baseY)}Z`);
  out.push(path(pts.join(''), { stroke: p.color, sw: 2.5, fill: `${p.color}33` }));
  out.push(
    line(p.x - 10, baseY, x0 + p.values.length * p.cellW + 10, baseY, {
      stroke: COLOR.muted,
      sw: 1,
    }),
  );
  const neg = Math.max(0, ...p.values.map((v) => -v));
  const cellsY = baseY + neg * p.unit + 10;
  p.values.forEach((v, i) => {
    out.push(
      rect(x0 + i * p.cellW, cellsY, p.cellW, 30, { fill: '#ffffff', stroke: COLOR.grid, sw: 1 }),
    );
    out.push(
      text(x0 + (i + 0.5) * p.cellW, cellsY + 15, String(v), {
        size: 17,
        mono: true,
        fill: v === 0 ? COLOR.muted : COLOR.ink,
      }),
    );
  });
  out.push(
    text(p.x - 24, cellsY + 15, p.label, {
      size: 20,
      anchor: 'end',
      weight: 'bold',
      fill: p.color,
    }),
  );
  return out.join('');
}

/** x ⊛ u drawn as two flat step plots (input above, output below), the kernel named at the left. */
function opFigure(xs: readonly number[], u: readonly number[], title: string): string {
  const out = correlate1d(xs, u);
  const cellW = 52;
  const left = 150;
  const width = left + xs.length * cellW + 30;
  const maxIn = Math.max(...xs.map(Math.abs));
  const maxOut = Math.max(...out.map(Math.abs));
  const unit = 46 / Math.max(maxIn, maxOut);
  const outY = 14 + maxIn * unit + 56;
  const body = [
    stepPlot({
      x: left,
      y: 14,
      values: xs,
      cellW,
      unit,
      color: COLOR.blue,
      label: 'x',
      maxAbs: maxIn,
    }),
    stepPlot({
      x: left,
      y: outY,
      values: out,
      cellW,
      unit,
      color: COLOR.green,
      label: 'x ⊛ u',
      maxAbs: maxOut,
    }),
    text(18, outY + maxOut * unit - 18, `u = (${u.join(', ')})`.replace(/-/g, '−'), {
      size: 17,
      anchor: 'start',
      fill: COLOR.orange,
      weight: 'bold',
      mono: true,
    }),
  ];
  const height = outY + maxOut * unit + 52;
  return svgDoc({ width, height, title }, body);
}

/** The Wikipedia-style comparison of convolution, cross-correlation and autocorrelation. */
function comparison(): string {
  const f = [0, 0, 1, 1, 1, 1, 0, 0];
  const g = [0, 0, 1, 0.75, 0.5, 0.25, 0, 0];
  const conv = convolveFull(f, g);
  const corr = correlateFull(f, g);
  const auto = correlateFull(g, g);
  const panelW = 300;
  const plot = (
    x: number,
    y: number,
    v: readonly number[],
    color: string,
    max: number,
    h: number,
  ): string => {
    const w = (panelW - 40) / v.length;
    const pts = v
      .map(
        (val, i) => `${i === 0 ? 'M' : 'L'}${n(x + (i + 0.5) * w)} ${n(y + h - (val / max) * h)}`,
      )
      .join('');
    return [
      line(x, y + h, x + panelW - 40, y + h, { stroke: COLOR.muted, sw: 1 }),
      path(pts, { stroke: color, sw: 2.5 }),
      ...v.map(
        (val, i) =>
          `<circle cx="${n(x + (i + 0.5) * w)}" cy="${n(y + h - (val / max) * h)}" r="3" fill="${color}"/>`,
      ),
    ].join('');
  };
  const cols = [
    { title: 'Згортка f ∗ g', a: [f, g], res: conv, sym: '∗' },
    { title: 'Взаємна кореляція f ⋆ g', a: [f, g], res: corr, sym: '⋆' },
    { title: 'Автокореляція g ⋆ g', a: [g, g], res: auto, sym: '⋆' },
  ];
  const body: string[] = [];
  cols.forEach((c, k) => {
    const x = 30 + k * (panelW + 20);
    body.push(text(x + (panelW - 40) / 2, 30, c.title, { size: 20, weight: 'bold' }));
    body.push(
      text(x - 8, 95, k === 2 ? 'g' : 'f', {
        size: 18,
        anchor: 'end',
        italic: true,
        fill: COLOR.blue,
      }),
    );
    body.push(plot(x, 60, c.a[0] as number[], COLOR.blue, 1, 60));
    body.push(text(x - 8, 195, 'g', { size: 18, anchor: 'end', italic: true, fill: COLOR.red }));
    body.push(plot(x, 160, c.a[1] as number[], COLOR.red, 1, 60));
    const max = Math.max(...c.res);
    body.push(plot(x, 265, c.res, COLOR.green, max, 90));
    body.push(
      text(x + (panelW - 40) / 2, 378, `результат (макс. ${max})`, { size: 15, fill: COLOR.muted }),
    );
  });
  return svgDoc(
    {
      width: 3 * (panelW + 20) + 20,
      height: 400,
      title: 'Згортка, взаємна кореляція та автокореляція',
    },
    body,
  );
}

/** Correlation slides the kernel as it is; convolution flips it first. */
function convCor(): string {
  const x = [0, 1, 2, 3, 0, 0, 1, 0];
  const u = [1, 2, 0];
  const corr = correlate1d(x, u);
  const conv = correlate1d(x, [...u].reverse());
  const cw = 48;
  const row = (
    y: number,
    label: string,
    v: readonly number[],
    fill: string,
    stroke: string,
    offset = 0,
  ): string =>
    [
      text(190, y + 18, label, { size: 18, anchor: 'end', weight: 'bold' }),
      ...v.map((_val, i) => rect(210 + (i + offset) * cw, y, cw, 36, { fill, stroke, sw: 1.5 })),
      ...v.map((val, i) =>
        text(210 + (i + offset + 0.5) * cw, y + 18, String(val), { size: 18, mono: true }),
      ),
    ].join('');
  const body = [
    text(40, 30, 'Взаємна кореляція: ядро без змін', {
      size: 20,
      anchor: 'start',
      weight: 'bold',
      fill: COLOR.blue,
    }),
    row(55, 'вхід x', x, '#ffffff', COLOR.grid),
    row(100, 'ядро u', u, COLOR.lightOrange, COLOR.orange),
    row(145, 'x ⋆ u', corr, COLOR.lightGreen, COLOR.green),
    text(40, 225, 'Згортка: ядро спочатку перевертається', {
      size: 20,
      anchor: 'start',
      weight: 'bold',
      fill: COLOR.red,
    }),
    row(250, 'вхід x', x, '#ffffff', COLOR.grid),
    row(295, 'перевернуте u', [...u].reverse(), COLOR.lightOrange, COLOR.orange),
    row(340, 'x ∗ u', conv, COLOR.lightRed, COLOR.red),
    text(210 + x.length * cw + 30, 163, 'Σ xₘ₊ᵢ·uₘ', {
      size: 18,
      anchor: 'start',
      fill: COLOR.muted,
    }),
    text(210 + x.length * cw + 30, 358, 'Σ xₘ₊ᵢ·u₍w−1−m₎', {
      size: 18,
      anchor: 'start',
      fill: COLOR.muted,
    }),
  ];
  return svgDoc(
    { width: 210 + x.length * cw + 230, height: 400, title: 'Згортка та взаємна кореляція' },
    body,
  );
}

export function oneDFigures(): FigureFile[] {
  return [
    {
      path: 'figures/lec5/conv-op1.svg',
      content: opFigure(OP1.x, OP1.u, '(0,0,0,0,1,2,3,4,4,4,4) ⊛ (−1,1) = (0,0,0,1,1,1,1,0,0,0)'),
    },
    {
      path: 'figures/lec5/conv-op2.svg',
      content: opFigure(
        OP2.x,
        OP2.u,
        '(0,0,3,0,0,0,0,0,3,0,3,0,0,0) ⊛ (1,0,1) = (3,0,3,0,0,0,3,0,6,0,3,0)',
      ),
    },
    { path: 'figures/lec5/Comparison_convolution_correlation.svg', content: comparison() },
    { path: 'figures/lec5/conv-cor.svg', content: convCor() },
  ];
}
