import { h, s } from '../shared/dom.ts';

export interface ChartSeries {
  readonly loss: readonly number[];
  readonly accuracy: readonly number[];
  /** Epochs planned (the x axis), at least the points shown. */
  readonly epochs: number;
}

const W = 264;
const H = 118;
/** Room for the ticks and the axis titles around the plot. */
const PAD = { left: 40, right: 40, top: 8, bottom: 30 };

const IW = W - PAD.left - PAD.right;
const IH = H - PAD.top - PAD.bottom;
const BOTTOM = PAD.top + IH;

/** x of epoch index `i` (0-based) on an axis of `epochs` points. */
export const chartX = (i: number, epochs: number): number =>
  PAD.left + (epochs <= 1 ? IW / 2 : (i * IW) / (epochs - 1));
/** y of value `v` on an axis from 0 to `max`. */
export const chartY = (v: number, max: number): number =>
  PAD.top + IH - (Math.max(0, Math.min(v, max)) / max) * IH;

/** SVG path through `values` on an x axis of `epochs` points, y from 0 to `max`. */
export function linePath(values: readonly number[], epochs: number, max: number): string {
  return values
    .map(
      (v, i) =>
        `${i === 0 ? 'M' : 'L'}${chartX(i, epochs).toFixed(1)},${chartY(v, max).toFixed(1)}`,
    )
    .join(' ');
}

/** The loss axis' top: the largest loss with a little room, at least 0.1. */
export function lossAxisMax(loss: readonly number[]): number {
  return Math.max(0.1, ...loss.filter(Number.isFinite)) * 1.1;
}

/** Epochs labelled on the x axis (1-based): all up to 10, else about six evenly. */
export function epochTicks(epochs: number): number[] {
  const n = Math.max(1, Math.floor(epochs));
  const step = n <= 10 ? 1 : Math.ceil(n / 6);
  const ticks: number[] = [];
  for (let e = 1; e <= n; e += step) ticks.push(e);
  if (ticks[ticks.length - 1] !== n) ticks.push(n);
  return ticks;
}

/** A number as the chart prints it: `0.2633`, or `—` when it is not one. */
const value = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(4);

/** The legend's two entries with the latest values: what each colour is, and where it is now. */
export function legendUk(series: ChartSeries): { loss: string; accuracy: string; epoch: string } {
  const last = series.loss.length - 1;
  const epochs = Math.max(series.epochs, series.loss.length, 1);
  return {
    loss: `втрати (loss): ${value(series.loss[last])}`,
    accuracy: `точність (accuracy): ${value(series.accuracy[last])}`,
    epoch: last < 0 ? `епоха 0/${epochs}` : `епоха ${last + 1}/${epochs}`,
  };
}

/** The chart as text (its accessible name): axes, then every epoch's values. */
export function describeChartUk(series: ChartSeries): string {
  const epochs = Math.max(series.epochs, series.loss.length, 1);
  const head =
    `Графік навчання: по горизонталі епоха (1–${epochs}), ліворуч втрати (loss), ` +
    'праворуч точність (accuracy, від 0 до 1).';
  if (series.loss.length === 0) return `${head} Значення з’являться після першої епохи.`;
  const points = series.loss.map(
    (l, i) => `епоха ${i + 1}: втрати ${value(l)}, точність ${value(series.accuracy[i])}`,
  );
  return `${head} ${points.join('; ')}.`;
}

/** One SVG text node. */
const label = (
  doc: Document,
  x: number,
  y: number,
  text: string,
  cls: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  extra: Record<string, string> = {},
): SVGElement => s(doc, 'text', { x, y, 'text-anchor': anchor, class: cls, ...extra }, text);

/** The frame: x axis with epoch ticks, left loss axis, right accuracy axis, their titles. */
function axes(doc: Document, epochs: number, maxLoss: number): SVGElement[] {
  const right = W - PAD.right;
  const nodes: SVGElement[] = [
    s(doc, 'line', { x1: PAD.left, y1: BOTTOM, x2: right, y2: BOTTOM, class: 'lc-axis' }),
    s(doc, 'line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: BOTTOM, class: 'lc-axis' }),
    s(doc, 'line', { x1: right, y1: PAD.top, x2: right, y2: BOTTOM, class: 'lc-axis' }),
  ];
  for (const e of epochTicks(epochs)) {
    const x = chartX(e - 1, epochs);
    nodes.push(s(doc, 'line', { x1: x, y1: BOTTOM, x2: x, y2: BOTTOM + 3, class: 'lc-axis' }));
    nodes.push(label(doc, x, BOTTOM + 12, String(e), 'lc-tick', 'middle'));
  }
  nodes.push(label(doc, PAD.left + IW / 2, H - 4, 'епоха', 'lc-axis-title', 'middle'));
  for (const f of [0, 0.5, 1]) {
    const y = chartY(f, 1) + 3;
    nodes.push(
      label(doc, PAD.left - 4, y, (maxLoss * f).toFixed(2), 'lc-tick lc-tick-loss', 'end'),
    );
    nodes.push(label(doc, right + 4, y, f.toFixed(1), 'lc-tick lc-tick-acc'));
  }
  const mid = PAD.top + IH / 2;
  nodes.push(
    // Rotated titles: the glyphs rise from the baseline towards the chart's outer edge.
    label(doc, 12, mid, 'втрати', 'lc-axis-title lc-tick-loss', 'middle', {
      transform: `rotate(-90 12 ${mid})`,
    }),
    label(doc, W - 12, mid, 'точність', 'lc-axis-title lc-tick-acc', 'middle', {
      transform: `rotate(90 ${W - 12} ${mid})`,
    }),
  );
  return nodes;
}

/**
 * Per-epoch loss (left axis, 0 … max loss) and accuracy (right axis, 0 … 1) over the epochs,
 * with a legend giving the latest values and the whole chart as text for screen readers.
 */
export function createLossChart(doc: Document): {
  readonly element: HTMLElement;
  set(series: ChartSeries): void;
} {
  const svg = s(doc, 'svg', {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    class: 'lc-chart',
    role: 'img',
  });
  const lossKey = h(doc, 'span', { class: 'lc-key lc-key-loss', 'data-key': 'loss' });
  const accKey = h(doc, 'span', { class: 'lc-key lc-key-acc', 'data-key': 'accuracy' });
  const epochKey = h(doc, 'span', { class: 'lc-key lc-key-epoch', 'data-key': 'epoch' });
  // The legend is visible text already: screen readers get the full description from the SVG.
  const legend = h(
    doc,
    'figcaption',
    { class: 'lc-legend', 'aria-hidden': 'true' },
    lossKey,
    accKey,
    epochKey,
  );
  const element = h(doc, 'figure', { class: 'lc-chart-box' }, legend, svg);
  return {
    element,
    set(series) {
      const epochs = Math.max(series.epochs, series.loss.length, 1);
      const maxLoss = lossAxisMax(series.loss);
      const nodes: SVGElement[] = [
        ...axes(doc, epochs, maxLoss),
        s(doc, 'path', { d: linePath(series.loss, epochs, maxLoss), class: 'lc-loss' }),
        s(doc, 'path', { d: linePath(series.accuracy, epochs, 1), class: 'lc-acc' }),
      ];
      series.loss.forEach((v, i) => {
        const cx = chartX(i, epochs);
        nodes.push(s(doc, 'circle', { cx, cy: chartY(v, maxLoss), r: 2.5, class: 'lc-loss-dot' }));
        const a = series.accuracy[i] ?? 0;
        nodes.push(s(doc, 'circle', { cx, cy: chartY(a, 1), r: 2.5, class: 'lc-acc-dot' }));
      });
      svg.replaceChildren(...nodes);
      const keys = legendUk(series);
      lossKey.textContent = keys.loss;
      accKey.textContent = keys.accuracy;
      epochKey.textContent = keys.epoch;
      svg.setAttribute('aria-label', describeChartUk(series));
    },
  };
}
