import type { CellOutput } from '../../ml/session/types.ts';
import { createDigitImage } from '../shared/digitImage.ts';
import { h } from '../shared/dom.ts';
import { argmax, createProbabilityBars } from '../shared/probabilityBars.ts';
import { createLossChart } from './lossChart.ts';

type DigitsOutput = Extract<CellOutput, { kind: 'digits' }>;

/**
 * The test digits with their prediction: a row of thumbnails (argmax under each, marked when
 * it differs from the label) and the probability bars of the selected digit.
 */
function digitsView(doc: Document, out: DigitsOutput): HTMLElement {
  const count = out.labels.length;
  const classes = out.probabilities.length / Math.max(1, count);
  const bars = createProbabilityBars(doc, { label: 'Ймовірності прогнозу', height: 70 });
  const caption = h(doc, 'div', { class: 'lc-digit-caption' });
  const row = h(doc, 'div', { class: 'lc-digits', role: 'list' });
  const buttons: HTMLButtonElement[] = [];
  const select = (i: number): void => {
    const p = out.probabilities.subarray(i * classes, (i + 1) * classes);
    bars.set(p);
    const best = argmax(p);
    caption.textContent = `test_digits[${i}]: argmax = ${best}, мітка ${out.labels[i]}, сума ймовірностей ${p.reduce((a, b) => a + b, 0).toFixed(4)}`;
    for (const [k, b] of buttons.entries()) b.setAttribute('aria-pressed', String(k === i));
  };
  for (let i = 0; i < count; i++) {
    const p = out.probabilities.subarray(i * classes, (i + 1) * classes);
    const best = argmax(p);
    const image = createDigitImage(doc, out.pixels.subarray(i * 784, (i + 1) * 784), {
      size: 34,
      label: `Тестова цифра ${i}, мітка ${out.labels[i]}`,
    });
    const button = h(
      doc,
      'button',
      {
        type: 'button',
        class: best === out.labels[i] ? 'lc-digit' : 'lc-digit lc-wrong',
        'data-digit': i,
        'data-argmax': best,
        'data-label': out.labels[i],
        role: 'listitem',
      },
      image.element,
      h(doc, 'span', {}, String(best)),
    );
    button.addEventListener('click', () => select(i));
    buttons.push(button);
    row.append(button);
  }
  if (count > 0) select(0);
  return h(
    doc,
    'div',
    { class: 'lc-prediction', 'data-output': 'digits' },
    row,
    h(doc, 'div', { class: 'lc-bars' }, bars.element, caption),
  );
}

/** One printed output: the expression (like a notebook's `In`), then what Python prints. */
export function outputView(doc: Document, out: CellOutput): HTMLElement {
  if (out.kind === 'digits') return digitsView(doc, out);
  if (out.kind === 'history') {
    const chart = createLossChart(doc);
    chart.set({ loss: out.loss, accuracy: out.accuracy, epochs: out.loss.length });
    return h(doc, 'div', { class: 'lc-entry', 'data-output': 'history' }, chart.element);
  }
  const entry = h(doc, 'div', { class: 'lc-entry', 'data-output': 'text' });
  if (out.label !== '') entry.append(h(doc, 'div', { class: 'lc-expr' }, out.label));
  entry.append(h(doc, 'div', { class: 'lc-text' }, out.text));
  return entry;
}
