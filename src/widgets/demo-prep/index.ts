import { countUk } from '../../ml/session/fitText.ts';
import type { WidgetContext } from '../../model/index.ts';
import { h, textButton } from '../shared/dom.ts';
import { loadingAmounts, loadingFraction } from '../shared/loadProgress.ts';
import { mlRuntime, type PretrainedKind } from '../shared/mlRuntime.ts';

/** What "prepare the demos" loads, in this order of display. */
type Step = 'backend' | 'data' | 'models';

const LABELS: Readonly<Record<Step, string>> = Object.freeze({
  backend: 'Обчислення',
  data: 'Дані MNIST',
  models: 'Натреновані моделі',
});

const MODELS: readonly PretrainedKind[] = ['dense', 'convnet'];

/**
 * "Prepare the demos" in the presenter view: before the lecture, the lecturer's laptop loads
 * tfjs and its backend, downloads and decodes the lecture's data (≈ 11 MB, then cached for
 * offline use) and the pretrained models, with the progress of each — so the live cells start
 * at once in front of the audience. Uses the presentation's shared ML runtime (the same one the
 * live cells use). `data-state`: idle → running → ready, or error.
 */
export function mount(
  element: HTMLElement,
  _params: Readonly<Record<string, string>>,
  context: WidgetContext,
): { dispose(): void } {
  const doc = element.ownerDocument;
  const saved = [...element.childNodes];
  const runtime = mlRuntime(context);
  let disposed = false;
  let offProgress: (() => void) | undefined;

  const button = textButton(doc, 'prepare-demos', 'Підготувати демо', {
    title: 'Завантажити обчислювальне ядро, дані MNIST і натреновані моделі до початку лекції',
  });
  const bar = h(doc, 'progress', { class: 'dp-progress', max: 1, value: 0, hidden: true });
  const rows = new Map<Step, HTMLElement>();
  const list = h(doc, 'ul', { class: 'dp-steps', hidden: true });
  for (const step of ['backend', 'data', 'models'] as const) {
    const value = h(doc, 'span', { class: 'dp-value' }, '…');
    const row = h(
      doc,
      'li',
      { class: 'dp-step', 'data-step': step, 'data-state': 'waiting' },
      h(doc, 'span', { class: 'dp-label' }, `${LABELS[step]}: `),
      value,
    );
    rows.set(step, row);
    list.append(row);
  }
  const root = h(
    doc,
    'div',
    { class: 'demo-prep', 'data-state': 'idle', 'aria-live': 'polite' },
    button,
    bar,
    list,
  );
  element.replaceChildren(root);

  const set = (step: Step, state: 'running' | 'done' | 'error', text: string): void => {
    const row = rows.get(step);
    if (row === undefined || disposed) return;
    row.dataset.state = state;
    const value = row.querySelector('.dp-value');
    if (value !== null) value.textContent = text;
  };
  const why = (error: unknown): string => (error instanceof Error ? error.message : String(error));

  const prepare = async (): Promise<void> => {
    root.dataset.state = 'running';
    button.disabled = true;
    list.hidden = false;
    bar.hidden = false;
    offProgress = runtime.onDataProgress((p) => {
      if (disposed) return;
      bar.value = loadingFraction(p);
      set('data', 'running', loadingAmounts(p));
    });
    const backend = runtime.backend().then(
      (b) => set('backend', 'done', b.detail === '' ? b.name : `${b.name} (${b.detail})`),
      (error: unknown) => {
        set('backend', 'error', why(error));
        throw error;
      },
    );
    set('backend', 'running', 'завантаження…');
    set('data', 'running', 'завантаження…');
    set('models', 'running', 'завантаження…');
    const data = runtime.data().then(
      (d) => {
        bar.value = 1;
        const note =
          d.descriptor.fallback === undefined ? '' : ` — запасний набір (${d.descriptor.fallback})`;
        set(
          'data',
          d.descriptor.fallback === undefined ? 'done' : 'error',
          `${countUk(d.train.count)} + ${countUk(d.test.count)} цифр${note}`,
        );
      },
      (error: unknown) => {
        set('data', 'error', why(error));
        throw error;
      },
    );
    const models = Promise.all(MODELS.map((kind) => runtime.pretrained(kind))).then(
      (loaded) => {
        const accuracy = loaded
          .map((m, i) => {
            const acc = m.info?.testAccuracy;
            const name = MODELS[i] === 'dense' ? 'щільна' : 'згорткова';
            return acc === undefined ? name : `${name} ${(acc * 100).toFixed(2)} %`;
          })
          .join(', ');
        set('models', 'done', accuracy);
      },
      (error: unknown) => {
        set('models', 'error', why(error));
        throw error;
      },
    );
    const results = await Promise.allSettled([backend, data, models]);
    offProgress?.();
    offProgress = undefined;
    if (disposed) return;
    const failed = results.some((r) => r.status === 'rejected');
    root.dataset.state = failed ? 'error' : 'ready';
    button.disabled = false;
    button.textContent = failed ? 'Спробувати ще раз' : 'Демо готові ✓';
  };

  const onClick = (): void => {
    void prepare();
  };
  // A pointer click leaves the focus where it was, so the slide keys keep working (Space
  // must turn the slide, not press this button again); keyboard users reach it with Tab.
  const keepFocus = (event: MouseEvent): void => event.preventDefault();
  button.addEventListener('mousedown', keepFocus);
  button.addEventListener('click', onClick);

  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      offProgress?.();
      button.removeEventListener('mousedown', keepFocus);
      button.removeEventListener('click', onClick);
      element.replaceChildren(...saved);
    },
  };
}
