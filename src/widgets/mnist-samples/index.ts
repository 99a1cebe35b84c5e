import type { MnistData } from '../../ml/data/types.ts';
import type { WidgetContext } from '../../model/index.ts';
import { createDigitImage } from '../shared/digitImage.ts';
import { h, textButton } from '../shared/dom.ts';
import { mountFrame } from '../shared/frame.ts';
import { showWhenDataLoaded } from '../shared/mnistDataWidget.ts';
import { SPLIT_NAMES, type SplitName } from '../shared/mnistSplit.ts';
import { enumParam, firstError, intParam } from '../shared/params.ts';
import { sampleIndices } from './model.ts';

/**
 * A grid of real MNIST digits from the embedded data (`mlRuntime(context).samples()`),
 * each with its label; "Інші приклади" draws another sample. Stands in for the lecture's
 * mnist-samples figure. Params: `count` (4–60, default 30), `cols` (2–12, default 10),
 * `split` (train | test, default train), `seed` (default 1).
 * `data-state`: loading → ready, or error.
 * `mount` resolves once the data is shown (or its error), so printing waits for the digits.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
) {
  const frame = mountFrame(element, { name: 'mnist-samples', label: 'Приклади цифр MNIST' });
  const { doc, body, root } = frame;
  const count = intParam(params, 'count', 4, 60, 30);
  const cols = intParam(params, 'cols', 2, 12, 10);
  const split = enumParam<SplitName>(params, 'split', ['train', 'test'], 'train');
  const seedParam = intParam(params, 'seed', 0, 1_000_000, 1);
  if (!count.ok || !cols.ok || !split.ok || !seedParam.ok) {
    frame.fail(firstError([count, cols, split, seedParam]));
    return { dispose: frame.dispose };
  }
  let data: MnistData | undefined;
  let seed = seedParam.value;

  const more = textButton(doc, 'resample', 'Інші приклади', { disabled: true });
  const caption = h(
    doc,
    'span',
    { class: 'cw-caption', 'aria-live': 'polite' },
    'Завантаження даних MNIST…',
  );
  const grid = h(doc, 'ul', { class: 'ms-grid', 'aria-label': 'Цифри з мітками' });
  grid.style.setProperty('--ms-cols', String(cols.value));
  body.replaceChildren(grid, h(doc, 'div', { class: 'cw-row' }, more, caption));

  const render = (): void => {
    if (data === undefined) return;
    const part = data[split.value];
    const pixels = data.rows * data.cols;
    const indices = sampleIndices(part.count, count.value, seed);
    const items = indices.map((index) => {
      const label = part.labels[index] ?? 0;
      const image = createDigitImage(
        doc,
        part.images.subarray(index * pixels, (index + 1) * pixels),
        {
          rows: data?.rows ?? 28,
          cols: data?.cols ?? 28,
          size: 60,
          label: `Цифра з міткою ${label}`,
        },
      );
      return h(
        doc,
        'li',
        { class: 'ms-item', 'data-index': index, 'data-label': label },
        image.element,
        h(doc, 'span', { class: 'ms-label', 'aria-hidden': 'true' }, String(label)),
      );
    });
    grid.replaceChildren(...items);
    caption.textContent = `${data.descriptor.name}: ${indices.length} випадкових з ${part.count} (${SPLIT_NAMES[split.value]} приклади).`;
    root.dataset.seed = String(seed);
  };
  const onMore = (): void => {
    seed += 1;
    render();
  };
  more.addEventListener('click', onMore);

  frame.onDispose(() => {
    more.removeEventListener('click', onMore);
    delete root.dataset.seed;
  });
  return showWhenDataLoaded(frame, context, (loaded) => {
    data = loaded;
    more.disabled = false;
    render();
  });
}

/** The slide is next: start loading the data. */
export { prefetchMnistData as prefetch } from '../shared/mnistDataWidget.ts';
