import { grid } from '../../../src/math/grid.ts';
import { drawGrid } from '../lib/draw.ts';
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, group, line, n, svgDoc, text } from '../lib/svg.ts';

/** Deterministic small integers for the cells (a fixed linear congruential sequence). */
function values(count: number, seed: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out.push(s % 10);
  }
  return out;
}

const W = 760;
const H = 420;
const CELL = 46;

/** A bracket with a label along one side of a block. */
function dimLabel(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  label: string,
  side: 'below' | 'left' | 'diag',
): string {
  const parts = [line(x1, y1, x2, y2, { stroke: COLOR.muted, sw: 1.5 })];
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  if (side === 'below')
    parts.push(text(mx, my + 20, label, { size: 20, fill: COLOR.muted, weight: 'bold' }));
  else if (side === 'left')
    parts.push(
      text(mx - 18, my, label, { size: 20, fill: COLOR.muted, weight: 'bold', rotate: -90 }),
    );
  else
    parts.push(
      text(mx + 18, my - 8, label, {
        size: 20,
        fill: COLOR.muted,
        weight: 'bold',
        anchor: 'start',
      }),
    );
  return parts.join('');
}

interface TensorSpec {
  readonly rank: 0 | 1 | 2 | 3;
  readonly title: string;
  readonly shape: string;
  readonly dims: readonly string[];
  readonly short: string;
}

const SPECS: readonly TensorSpec[] = [
  {
    rank: 0,
    title: 'Тензор рангу 0 — скаляр',
    shape: 'форма: ()',
    dims: [],
    short: 'Ранг 0: скаляр',
  },
  {
    rank: 1,
    title: 'Тензор рангу 1 — вектор',
    shape: 'форма: (5,)',
    dims: ['рядки'],
    short: 'Ранг 1: вектор',
  },
  {
    rank: 2,
    title: 'Тензор рангу 2 — матриця',
    shape: 'форма: (4, 5)',
    dims: ['рядки', 'стовпці'],
    short: 'Ранг 2: матриця',
  },
  {
    rank: 3,
    title: '3D тензор',
    shape: 'форма: (4, 5, 3)',
    dims: ['рядки', 'стовпці', 'канали'],
    short: 'Ранг 3: 3D тензор',
  },
];

/** The tensor body for a rank, centred at (cx, cy); `labelled` adds the dimension labels. */
function tensorBody(spec: TensorSpec, cx: number, cy: number, labelled: boolean): string {
  const out: string[] = [];
  if (spec.rank === 0) {
    const g = grid(1, 1, [7]);
    const big = CELL * 1.8;
    out.push(
      drawGrid(cx - big / 2, cy - big / 2, g, {
        cell: big,
        values: true,
        fill: () => COLOR.lightBlue,
        fontSize: 36,
      }),
    );
    return out.join('');
  }
  if (spec.rank === 1) {
    const g = grid(5, 1, values(5, 3));
    const x = cx - CELL / 2;
    const y = cy - 2.5 * CELL;
    out.push(
      drawGrid(x, y, g, { cell: CELL, values: true, fill: () => COLOR.lightBlue, fontSize: 22 }),
    );
    if (labelled) out.push(dimLabel(x - 14, y, x - 14, y + 5 * CELL, spec.dims[0] ?? '', 'left'));
    return out.join('');
  }
  if (spec.rank === 2) {
    const g = grid(4, 5, values(20, 5));
    const x = cx - 2.5 * CELL;
    const y = cy - 2 * CELL;
    out.push(
      drawGrid(x, y, g, { cell: CELL, values: true, fill: () => COLOR.lightBlue, fontSize: 22 }),
    );
    if (labelled) {
      out.push(dimLabel(x - 14, y, x - 14, y + 4 * CELL, spec.dims[0] ?? '', 'left'));
      out.push(
        dimLabel(
          x,
          y + 4 * CELL + 12,
          x + 5 * CELL,
          y + 4 * CELL + 12,
          spec.dims[1] ?? '',
          'below',
        ),
      );
    }
    return out.join('');
  }
  const fills = [
    [COLOR.lightBlue, COLOR.blue],
    [COLOR.lightRed, COLOR.red],
    [COLOR.lightGreen, COLOR.green],
  ] as const;
  const cell = 38;
  const off = 24;
  const x = cx - 2.5 * cell - off;
  const y = cy - 2 * cell + off;
  for (let k = 2; k >= 0; k--) {
    const [light, dark] = fills[k] ?? fills[0];
    const g = grid(4, 5, values(20, 11 + k));
    out.push(
      drawGrid(x + k * off, y - k * off, g, {
        cell,
        values: k === 0,
        fill: () => light,
        stroke: dark,
        fontSize: 18,
      }),
    );
  }
  if (labelled) {
    out.push(dimLabel(x - 14, y, x - 14, y + 4 * cell, spec.dims[0] ?? '', 'left'));
    out.push(
      dimLabel(x, y + 4 * cell + 12, x + 5 * cell, y + 4 * cell + 12, spec.dims[1] ?? '', 'below'),
    );
    out.push(
      dimLabel(
        x + 5 * cell + 10,
        y - 4,
        x + 5 * cell + 10 + 2 * off,
        y - 4 - 2 * off,
        spec.dims[2] ?? '',
        'diag',
      ),
    );
  }
  return out.join('');
}

function tensorFigure(spec: TensorSpec, labelled: boolean): string {
  const body = [
    text(W / 2, 40, spec.title, { size: 26, weight: 'bold' }),
    tensorBody(spec, W / 2, H / 2 + 10, labelled),
  ];
  if (labelled) {
    const dims = spec.dims.length > 0 ? spec.dims.join(' × ') : 'одне число';
    body.push(text(W / 2, H - 34, `${dims} · ${spec.shape}`, { size: 20, fill: COLOR.muted }));
  }
  return svgDoc({ width: W, height: H, title: spec.title }, body);
}

/** Animated build-up of ranks 0 → 3 (CSS keyframes; static with reduced motion). */
function rankAnimation(): string {
  const panel = 300;
  const frames = SPECS.map((s, i) =>
    group(
      [
        text(panel / 2, 40, s.short, { size: 20, weight: 'bold' }),
        tensorBody(s, panel / 2, 190, false),
        text(panel / 2, 330, s.shape, { size: 17, fill: COLOR.muted }),
      ],
      `translate(${n(10 + i * panel)} 0)`,
    ).replace('<g', `<g class="f${i}"`),
  );
  const style = `${[1, 2, 3].map((i) => `.f${i}{animation:show${i} 8s infinite}@keyframes show${i}{0%,${i * 20}%{opacity:0}${i * 20 + 5}%,95%{opacity:1}100%{opacity:0}}`).join('')}@media (prefers-reduced-motion: reduce){.f1,.f2,.f3{animation:none}}`;
  return svgDoc(
    { width: 4 * panel + 20, height: 360, title: 'Тензори рангів 0, 1, 2 і 3', style },
    frames,
  );
}

export function tensorFigures(): FigureFile[] {
  const names = ['t0', 't1', 't2', 't3'];
  const files: FigureFile[] = [];
  SPECS.forEach((s, i) => {
    files.push({ path: `figures/lec5/${names[i]}.svg`, content: tensorFigure(s, false) });
    files.push({ path: `figures/lec5/${names[i]}2.svg`, content: tensorFigure(s, true) });
  });
  files.push({ path: 'figures/lec5/anim-v2.svg', content: rankAnimation() });
  return files;
}
