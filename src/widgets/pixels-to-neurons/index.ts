import { grayColor } from '../shared/colors.ts';
import { type DigitSet, defaultDigitsUrl, loadDigits } from '../shared/digits.ts';
import { h } from '../shared/dom.ts';
import { flag, mountFrame } from '../shared/frame.ts';
import { createGridView } from '../shared/gridView.ts';
import { intParam } from '../shared/params.ts';
import { neuronRange } from './model.ts';
import { createNeuronColumn, createOverview, type Overview } from './neuronColumn.ts';

/**
 * Pixels to neurons: a real 28×28 MNIST digit becomes the 784 input neurons of a dense
 * network, one row of pixels per step. Params: `digit` (index of the test digit, 0–19).
 */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  const frame = mountFrame(element, {
    name: 'pixels-to-neurons',
    label: 'Пікселі стають вхідними нейронами',
  });
  const { doc, body } = frame;
  const digitParam = intParam(params, 'digit', 0, 19, 0);
  if (!digitParam.ok) {
    frame.fail(digitParam.error);
    return { dispose: frame.dispose };
  }
  let disposed = false;
  frame.onDispose(() => {
    disposed = true;
  });
  // Laid out at once with an empty image; the digits arrive with the data.
  let set: DigitSet = {
    digits: [{ grid: { rows: 28, cols: 28, data: new Array<number>(784).fill(0) }, label: 0 }],
    source: 'завантаження цифр MNIST…',
    real: false,
  };
  let index = 0;

  const next = h(
    doc,
    'button',
    { type: 'button', class: 'cw-btn cw-text-btn', 'data-action': 'next-digit' },
    'Інша цифра',
  );
  const source = h(doc, 'span', { class: 'cw-caption' });
  const imageSlot = h(doc, 'div', { class: 'cw-slot' });
  const column = createNeuronColumn(doc, 28);
  const overviewSlot = h(doc, 'div', { class: 'cw-slot' });
  const columnTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const line = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  body.replaceChildren(
    h(doc, 'div', { class: 'cw-row' }, next, source),
    h(
      doc,
      'div',
      { class: 'cw-stage2d cw-stage-neurons' },
      h(
        doc,
        'div',
        { class: 'cw-panel' },
        h(doc, 'p', { class: 'cw-panel-title' }, 'Зображення 28×28 пікселів'),
        imageSlot,
      ),
      h(doc, 'div', { class: 'cw-arrow', 'aria-hidden': 'true' }, '→'),
      h(doc, 'div', { class: 'cw-panel' }, columnTitle, column.element),
      h(
        doc,
        'div',
        { class: 'cw-panel' },
        h(doc, 'p', { class: 'cw-panel-title' }, 'усі 784'),
        overviewSlot,
      ),
    ),
    line,
    h(
      doc,
      'p',
      { class: 'cw-caption' },
      'Яскравість пікселя 0–255 стає активацією вхідного нейрона 0–1; 28 × 28 = 784 входи.',
    ),
  );
  let image = createGridView(doc, {
    rows: 28,
    cols: 28,
    cell: 14,
    numbers: false,
    label: 'Цифра MNIST',
  });
  let overview: Overview | undefined;
  let acts: readonly number[] = [];

  const build = (): void => {
    const digit = set.digits[index] ?? set.digits[0];
    if (digit === undefined) return;
    acts = digit.grid.data;
    image = createGridView(doc, {
      rows: 28,
      cols: 28,
      cell: 14,
      numbers: false,
      label: `Цифра ${digit.label}`,
    });
    image.setValues(acts, (v) => grayColor(v));
    imageSlot.replaceChildren(image.element);
    overview = createOverview(doc, acts, 392);
    overviewSlot.replaceChildren(overview.element);
    source.textContent = set.real
      ? `Цифра «${digit.label}» — ${set.source}, № ${index + 1}.`
      : `Цифра: ${set.source}`;
    next.hidden = set.digits.length < 2;
  };
  const render = (position: number): void => {
    const row = position - 1;
    if (row < 0) {
      image.setWindow(undefined);
      column.show(0, undefined);
      overview?.show(0, undefined);
      columnTitle.textContent = 'Нейрони рядка';
      line.textContent = 'Натисніть «▶» або «▶|»: рядки пікселів по черзі стануть нейронами.';
      return;
    }
    const range = neuronRange(row, 28);
    image.setWindow({ top: row, left: 0, rows: 1, cols: 28 });
    column.show(range.first, acts.slice(range.first, range.last + 1));
    overview?.show(range.last + 1, range);
    columnTitle.textContent = `Нейрони ${range.first + 1}–${range.last + 1}`;
    line.textContent = `Рядок ${row + 1} з 28 → нейрони ${range.first + 1}–${range.last + 1} з 784`;
  };

  build();
  const player = frame.animate({
    steps: 28,
    intervalMs: 700,
    render,
    status: (p, n) => `Рядок ${p} / ${n}`,
    autoplay: flag(params.autoplay, true),
  });
  const onNext = (): void => {
    index = (index + 1) % set.digits.length;
    build();
    render(player.position);
  };
  next.addEventListener('click', onNext);
  void loadDigits(defaultDigitsUrl(import.meta.env.BASE_URL), 20).then((loaded) => {
    if (disposed) return;
    set = loaded;
    index = Math.min(digitParam.value, set.digits.length - 1);
    build();
    render(player.position);
  });
  frame.onDispose(() => next.removeEventListener('click', onNext));
  return { dispose: frame.dispose };
}
