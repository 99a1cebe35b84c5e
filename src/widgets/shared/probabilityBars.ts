import { h } from './dom.ts';

export interface ProbabilityBarsOptions {
  /** Class names under the bars (default the digits 0–9). */
  readonly classes?: readonly string[];
  /** Bar area height in CSS px (default 90). */
  readonly height?: number;
  /** Accessible name of the chart (Ukrainian), e.g. "Ймовірності щільної мережі". */
  readonly label?: string;
  /** Smaller text and bars, e.g. one chart per test digit in a row. */
  readonly compact?: boolean;
}

export interface ProbabilityBars {
  readonly element: HTMLElement;
  /** Shows one probability per class (softmax output); `undefined` empties the chart. */
  set(probabilities: ArrayLike<number> | undefined): void;
  /** The index of the highlighted (largest) class, or −1 while empty. */
  readonly top: number;
}

/** Index of the largest value (the first one on ties); −1 for an empty list. */
export function argmax(values: ArrayLike<number>): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NEGATIVE_INFINITY;
    if (v > bestValue) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

/** A probability as a whole percentage for the audience ("93 %", "<1 %", "0 %"). */
export function percent(p: number): string {
  if (!Number.isFinite(p) || p <= 0) return '0 %';
  const value = Math.round(p * 100);
  if (value === 0) return '<1 %';
  return `${Math.min(100, value)} %`;
}

/** A bar's printed value: whole percent, nothing below 0.5 % (keeps ten labels readable). */
export function barText(p: number | undefined): string {
  if (p === undefined || !Number.isFinite(p) || p < 0.005) return '';
  return percent(p);
}

/** The chart's accessible summary, e.g. "Найімовірніше 7: 93 %; далі 1: 4 %." */
export function describeProbabilities(
  probabilities: ArrayLike<number>,
  classes: readonly string[],
): string {
  const order = Array.from(probabilities, (p, i) => [p, i] as const).sort((a, b) => b[0] - a[0]);
  const [first, second] = order;
  if (first === undefined) return 'Ймовірностей ще немає.';
  const name = (i: number): string => classes[i] ?? String(i);
  const head = `Найімовірніше ${name(first[1])}: ${percent(first[0])}`;
  return second === undefined
    ? `${head}.`
    : `${head}; далі ${name(second[1])}: ${percent(second[0])}.`;
}

const DIGITS = Object.freeze(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/**
 * Ten vertical bars (one per class) with their percentages; the argmax bar is highlighted
 * (`data-top`, class `pb-top`) and the chart's accessible name states the top two classes.
 * Carries `data-argmax` and `data-sum` (the probabilities' sum) for tests and tools.
 */
export function createProbabilityBars(
  doc: Document,
  options: ProbabilityBarsOptions = {},
): ProbabilityBars {
  const classes = options.classes ?? DIGITS;
  const height = options.height ?? 90;
  const label = options.label ?? 'Ймовірності класів';
  const element = h(doc, 'div', {
    class: options.compact === true ? 'pb pb-compact' : 'pb',
    role: 'img',
    'aria-label': `${label}: ще немає.`,
  });
  element.style.setProperty('--pb-height', `${height}px`);
  const bars: HTMLElement[] = [];
  const values: HTMLElement[] = [];
  const columns: HTMLElement[] = [];
  for (const name of classes) {
    const value = h(doc, 'span', { class: 'pb-value' });
    const bar = h(doc, 'span', { class: 'pb-bar' });
    const column = h(
      doc,
      'span',
      { class: 'pb-col', 'aria-hidden': 'true' },
      value,
      h(doc, 'span', { class: 'pb-track' }, bar),
      h(doc, 'span', { class: 'pb-class' }, name),
    );
    values.push(value);
    bars.push(bar);
    columns.push(column);
    element.append(column);
  }
  let top = -1;
  return {
    element,
    get top() {
      return top;
    },
    set(probabilities) {
      top = probabilities === undefined ? -1 : argmax(probabilities);
      let sum = 0;
      columns.forEach((column, i) => {
        const p = probabilities?.[i];
        const bar = bars[i];
        const value = values[i];
        if (bar === undefined || value === undefined) return;
        sum += p ?? 0;
        bar.style.height = p === undefined ? '0' : `${Math.max(0, Math.min(1, p)) * 100}%`;
        value.textContent = barText(p);
        column.classList.toggle('pb-top', i === top);
      });
      if (probabilities === undefined) {
        element.removeAttribute('data-argmax');
        element.removeAttribute('data-sum');
        element.setAttribute('aria-label', `${label}: ще немає.`);
        return;
      }
      element.dataset.argmax = String(top);
      element.dataset.sum = sum.toFixed(4);
      element.setAttribute(
        'aria-label',
        `${label}. ${describeProbabilities(probabilities, classes)}`,
      );
    },
  };
}
