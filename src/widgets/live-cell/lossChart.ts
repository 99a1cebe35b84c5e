import { h, s } from '../shared/dom.ts';

export interface ChartSeries {
  readonly loss: readonly number[];
  readonly accuracy: readonly number[];
  /** Epochs planned (the x axis), at least the points shown. */
  readonly epochs: number;
}

const W = 240;
const H = 96;
const PAD = { left: 30, right: 30, top: 8, bottom: 18 };

const IW = W - PAD.left - PAD.right;
const IH = H - PAD.top - PAD.bottom;

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

/** Per-epoch loss (left axis, 0 … max loss) and accuracy (right axis, 0 … 1), no library. */
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
  const element = h(doc, 'figure', { class: 'lc-chart-box' }, svg);
  const caption = h(doc, 'figcaption', {});
  element.append(caption);
  return {
    element,
    set(series) {
      const epochs = Math.max(series.epochs, series.loss.length, 1);
      const maxLoss = Math.max(0.1, ...series.loss.filter(Number.isFinite)) * 1.1;
      const ih = H - PAD.bottom;
      const nodes: SVGElement[] = [
        s(doc, 'line', { x1: PAD.left, y1: ih, x2: W - PAD.right, y2: ih, class: 'lc-axis' }),
        s(
          doc,
          'text',
          { x: PAD.left - 4, y: PAD.top + 8, 'text-anchor': 'end', class: 'lc-tick' },
          maxLoss.toFixed(2),
        ),
        s(doc, 'text', { x: W - PAD.right + 4, y: PAD.top + 8, class: 'lc-tick' }, '1.0'),
        s(doc, 'text', { x: PAD.left, y: H - 4, class: 'lc-tick' }, '1'),
        s(
          doc,
          'text',
          { x: W - PAD.right, y: H - 4, 'text-anchor': 'end', class: 'lc-tick' },
          `епоха ${epochs}`,
        ),
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
      const last = series.loss.length - 1;
      const text =
        last < 0
          ? 'Втрати й точність з’являться після першої епохи.'
          : `Епоха ${last + 1}: loss ${series.loss[last]?.toFixed(4)}, accuracy ${series.accuracy[last]?.toFixed(4)}`;
      caption.textContent = text;
      svg.setAttribute('aria-label', `Графік втрат і точності по епохах. ${text}`);
    },
  };
}
