import { s } from '../shared/dom.ts';
import type { CurvePoint } from './model.ts';

export interface CurveChart {
  readonly element: SVGSVGElement;
  /** Redraws the curve (P(true class) vs. dx) and marks the current shift. */
  draw(curve: readonly CurvePoint[], label: number, current: number): void;
}

const W = 260;
const H = 150;
const M = { left: 30, right: 8, top: 8, bottom: 28 };

/** A small line chart of P(true class) against the horizontal shift, wrong predictions in red. */
export function createCurveChart(doc: Document, range: number): CurveChart {
  const svg = s(doc, 'svg', {
    class: 'cw-curve',
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'img',
    'aria-label': 'Ймовірність правильного класу залежно від зсуву по x',
  });
  const x = (dx: number) => M.left + ((dx + range) / (2 * range)) * (W - M.left - M.right);
  const y = (p: number) => M.top + (1 - p) * (H - M.top - M.bottom);
  const layer = s(doc, 'g');
  const axes = s(
    doc,
    'g',
    {},
    s(doc, 'line', { x1: M.left, y1: y(0), x2: W - M.right, y2: y(0), class: 'cw-curve-axis' }),
    s(doc, 'line', { x1: M.left, y1: y(0), x2: M.left, y2: y(1), class: 'cw-curve-axis' }),
    s(doc, 'line', { x1: M.left, y1: y(0.5), x2: W - M.right, y2: y(0.5), class: 'cw-curve-half' }),
    s(
      doc,
      'text',
      { x: M.left - 4, y: y(1) + 4, 'text-anchor': 'end', class: 'cw-curve-text' },
      '1',
    ),
    s(
      doc,
      'text',
      { x: M.left - 4, y: y(0.5) + 4, 'text-anchor': 'end', class: 'cw-curve-text' },
      '0,5',
    ),
    s(
      doc,
      'text',
      { x: M.left - 4, y: y(0) + 4, 'text-anchor': 'end', class: 'cw-curve-text' },
      '0',
    ),
    ...[-range, -range / 2, 0, range / 2, range].map((d) =>
      s(
        doc,
        'text',
        { x: x(d), y: H - 14, 'text-anchor': 'middle', class: 'cw-curve-text' },
        String(d).replace('-', '−'),
      ),
    ),
    s(
      doc,
      'text',
      { x: (M.left + W) / 2, y: H - 2, 'text-anchor': 'middle', class: 'cw-curve-text' },
      'зсув по x, px',
    ),
  );
  svg.append(axes, layer);
  return {
    element: svg,
    draw(curve, label, current) {
      const points = curve.map((c) => `${x(c.dx).toFixed(1)},${y(c.p).toFixed(1)}`).join(' ');
      layer.replaceChildren(
        s(doc, 'line', {
          x1: x(current),
          y1: y(0),
          x2: x(current),
          y2: y(1),
          class: 'cw-curve-now',
        }),
        s(doc, 'polyline', { points, class: 'cw-curve-line' }),
        ...curve.map((c) =>
          s(doc, 'circle', {
            cx: x(c.dx).toFixed(1),
            cy: y(c.p).toFixed(1),
            r: c.dx === current ? 4.5 : 3,
            class: c.predicted === label ? 'cw-curve-point' : 'cw-curve-point cw-curve-wrong',
            'data-dx': c.dx,
          }),
        ),
      );
    },
  };
}
