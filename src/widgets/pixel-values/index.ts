import type { MnistData } from '../../ml/data/types.ts';
import type { WidgetContext } from '../../model/index.ts';
import { grayColor } from '../shared/colors.ts';
import { createDigitImage } from '../shared/digitImage.ts';
import { h } from '../shared/dom.ts';
import { mountFrame } from '../shared/frame.ts';
import { showWhenDataLoaded } from '../shared/mnistDataWidget.ts';
import { SPLIT_NAMES, type SplitName } from '../shared/mnistSplit.ts';
import { enumParam, firstError, intParam } from '../shared/params.ts';
import { cellText, TONE_COLORS, wrapIndex } from './model.ts';

/**
 * One real MNIST digit as a 28×28 table: every cell shaded by its pixel and printed with its
 * 0–255 value (what the network actually receives). The digit is selectable (‹ ›, number
 * field). Stands in for the lecture's pixel-values figure. Params: `digit` (index, default 0),
 * `split` (train | test, default train), `cell` (cell size in px, 12–24, default 19).
 * `data-state`: loading → ready, or error.
 * `mount` resolves once the data is shown (or its error), so printing waits for the digits.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
) {
  const frame = mountFrame(element, { name: 'pixel-values', label: 'Значення пікселів цифри' });
  const { doc, body, root } = frame;
  const digitParam = intParam(params, 'digit', 0, 1_000_000, 0);
  const split = enumParam<SplitName>(params, 'split', ['train', 'test'], 'train');
  const cell = intParam(params, 'cell', 12, 24, 19);
  if (!digitParam.ok || !split.ok || !cell.ok) {
    frame.fail(firstError([digitParam, split, cell]));
    return { dispose: frame.dispose };
  }
  let data: MnistData | undefined;
  let index = digitParam.value;

  const grid = h(doc, 'div', { class: 'pv-grid', role: 'img', 'aria-label': 'Значення пікселів' });
  grid.style.setProperty('--pv-cell', `${cell.value}px`);
  grid.style.fontSize = `${Math.max(6, Math.round(cell.value * 0.42))}px`;
  const cells: HTMLElement[] = [];
  for (let i = 0; i < 784; i++) {
    const c = h(doc, 'span', { class: 'pv-cell' });
    cells.push(c);
    grid.append(c);
  }
  const image = createDigitImage(doc, new Uint8Array(784), { size: 84, label: 'Цифра' });
  const button = (action: string, text: string, label: string) =>
    h(
      doc,
      'button',
      {
        type: 'button',
        class: 'cw-btn',
        'data-action': action,
        'aria-label': label,
        title: label,
        disabled: true,
      },
      text,
    );
  const prev = button('prev-digit', '‹', 'Попередня цифра');
  const next = button('next-digit', '›', 'Наступна цифра');
  const number = h(doc, 'input', {
    type: 'number',
    min: 1,
    step: 1,
    value: index + 1,
    'data-control': 'digit',
    disabled: true,
  });
  number.style.width = '5.5em';
  const field = h(doc, 'label', { class: 'cw-field' }, h(doc, 'span', {}, '№'), number);
  const label = h(doc, 'p', { class: 'dd-guess', 'aria-live': 'polite' });
  const caption = h(doc, 'p', { class: 'cw-caption' }, 'Завантаження даних MNIST…');
  body.replaceChildren(
    h(
      doc,
      'div',
      { class: 'pv-digit' },
      grid,
      h(
        doc,
        'div',
        { class: 'cw-panel' },
        image.element,
        label,
        h(doc, 'div', { class: 'cw-row' }, prev, next),
        field,
        caption,
      ),
    ),
  );

  const render = (): void => {
    if (data === undefined) return;
    const part = data[split.value];
    index = wrapIndex(index, part.count);
    const pixels = part.images.subarray(index * 784, (index + 1) * 784);
    const digit = part.labels[index] ?? 0;
    cells.forEach((c, i) => {
      const { text, tone } = cellText(pixels[i] ?? 0);
      c.textContent = text;
      c.style.background = grayColor(pixels[i] ?? 0, 0, 255);
      c.style.color = TONE_COLORS[tone];
    });
    image.set(pixels, `Цифра з міткою ${digit}`);
    grid.setAttribute('aria-label', `Значення 784 пікселів цифри з міткою ${digit}, від 0 до 255`);
    label.replaceChildren('Мітка: ', h(doc, 'b', {}, String(digit)));
    number.max = String(part.count);
    number.value = String(index + 1);
    caption.textContent = `${data.descriptor.name}, ${SPLIT_NAMES[split.value]} приклади: № ${index + 1} з ${part.count}. 0 — чорний, 255 — білий.`;
    root.dataset.digit = String(index);
    root.dataset.label = String(digit);
  };
  const go = (delta: number) => (): void => {
    index += delta;
    render();
  };
  const onPrev = go(-1);
  const onNext = go(1);
  const onNumber = (): void => {
    const value = Number(number.value);
    if (!Number.isInteger(value) || value < 1) return;
    index = value - 1;
    render();
  };
  prev.addEventListener('click', onPrev);
  next.addEventListener('click', onNext);
  number.addEventListener('change', onNumber);

  frame.onDispose(() => {
    prev.removeEventListener('click', onPrev);
    next.removeEventListener('click', onNext);
    number.removeEventListener('change', onNumber);
    delete root.dataset.digit;
    delete root.dataset.label;
  });
  return showWhenDataLoaded(frame, context, (loaded) => {
    data = loaded;
    for (const control of [prev, next, number]) control.disabled = false;
    render();
  });
}

/** The slide is next: start loading the data. */
export { prefetchMnistData as prefetch } from '../shared/mnistDataWidget.ts';
