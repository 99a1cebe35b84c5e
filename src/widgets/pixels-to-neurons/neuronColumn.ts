import { grayColor } from '../shared/colors.ts';
import { fmt, s } from '../shared/dom.ts';

export interface NeuronColumn {
  readonly element: SVGSVGElement;
  /** Shows neurons `first` … `first + values.length − 1` with their activations. */
  show(first: number, values: readonly number[] | undefined): void;
}

const R = 6;
const GAP = 14;

/** One row of pixels as a column of input neurons: circle brightness = activation. */
export function createNeuronColumn(doc: Document, count: number): NeuronColumn {
  const height = count * GAP + 4;
  const svg = s(doc, 'svg', {
    class: 'cw-neurons',
    viewBox: `0 0 150 ${height}`,
    width: 150,
    height,
    role: 'img',
    'aria-label': 'Вхідні нейрони поточного рядка',
  });
  const circles: SVGCircleElement[] = [];
  const labels: SVGTextElement[] = [];
  const values: SVGTextElement[] = [];
  for (let i = 0; i < count; i++) {
    const y = i * GAP + GAP / 2 + 2;
    const circle = s(doc, 'circle', { cx: 62, cy: y, r: R, class: 'cw-neuron' });
    const label = s(doc, 'text', { x: 50, y, class: 'cw-neuron-label' });
    const value = s(doc, 'text', { x: 75, y, class: 'cw-neuron-value' });
    circles.push(circle);
    labels.push(label);
    values.push(value);
    svg.append(circle, label, value);
  }
  return {
    element: svg,
    show(first, acts) {
      circles.forEach((circle, i) => {
        const v = acts?.[i];
        circle.setAttribute('fill', v === undefined ? 'transparent' : grayColor(v));
        labels[i]!.textContent = acts ? String(first + i + 1) : '';
        values[i]!.textContent = v === undefined ? '' : fmt(v);
      });
    },
  };
}

export interface Overview {
  readonly element: SVGSVGElement;
  /** Fills neurons 0 … filled − 1 and brackets the current segment. */
  show(filled: number, segment: { first: number; last: number } | undefined): void;
}

/** All 784 input neurons as a thin strip (one line each), filled as rows arrive. */
export function createOverview(
  doc: Document,
  activations: readonly number[],
  height: number,
): Overview {
  const n = activations.length;
  const unit = height / n;
  const svg = s(doc, 'svg', {
    class: 'cw-overview',
    viewBox: `0 0 40 ${height}`,
    width: 40,
    height,
    role: 'img',
    'aria-label': `Усі ${n} вхідних нейронів`,
  });
  const lines = activations.map((_, i) =>
    s(doc, 'rect', {
      x: 14,
      y: i * unit,
      width: 18,
      height: Math.max(unit, 0.6),
      fill: 'transparent',
    }),
  );
  const frame = s(doc, 'rect', { x: 13, y: 0, width: 20, height, class: 'cw-overview-frame' });
  const bracket = s(doc, 'path', { class: 'cw-overview-bracket', d: '' });
  svg.append(...lines, frame, bracket);
  return {
    element: svg,
    show(filled, segment) {
      lines.forEach((line, i) => {
        line.setAttribute('fill', i < filled ? grayColor(activations[i] ?? 0) : 'transparent');
      });
      if (segment === undefined) {
        bracket.setAttribute('d', '');
        return;
      }
      const y0 = segment.first * unit;
      const y1 = (segment.last + 1) * unit;
      bracket.setAttribute('d', `M10 ${y0 - 2} H4 V${y1 + 2} H10`);
    },
  };
}
