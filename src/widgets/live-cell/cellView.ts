import { CELL_SPECS, type CellId } from '../../ml/session/cellCatalog.ts';
import { epochsUk } from '../../ml/session/fitText.ts';
import type { LiveSession } from '../../ml/session/session.ts';
import type { CellOutput, LiveSettings, SessionSnapshot } from '../../ml/session/types.ts';
import { h } from '../shared/dom.ts';
import { loadingFraction, loadingText } from '../shared/loadProgress.ts';
import { outputView } from './outputsView.ts';
import { pendingStepsUk, waitsInQueue } from './pendingSteps.ts';
import { createPlacement } from './placement.ts';
import { createFitStartView, createTrainingView, describeData } from './trainingView.ts';

export interface CellViewOptions {
  /** Seconds a fit may take without asking (the presenter's setting), read at each run. */
  readonly budgetSeconds?: () => number;
}

export interface CellView {
  /** Connects the view to the session (the run controls work from then on). */
  attach(session: LiveSession): void;
  dispose(): void;
}

/** "тестовий режим: 512 зразків, 1 епоха" — shown wherever results appear in test mode. */
export function testBadge(settings: LiveSettings): string {
  if (!settings.test) return '';
  return `тестовий режим: ${settings.subset ?? 'усі'} зразків, ${epochsUk(settings.epochs)}`;
}

function button(doc: Document, action: string, text: string, label?: string): HTMLButtonElement {
  const b = h(doc, 'button', { type: 'button', class: 'lc-button', 'data-action': action }, text);
  if (label !== undefined) b.setAttribute('aria-label', label);
  // A mouse click must not leave focus on the button: Space would press it again.
  b.addEventListener('click', (e) => {
    if (e.detail > 0) b.blur();
  });
  return b;
}

/**
 * One live cell under its code block: a run bar on its own line under the code and, once
 * there is something to show, the live-output panel under it, in place of the author's
 * recorded output (`placement.ts`; hidden with one click, so the recorded output shows
 * again). While a cell runs, the panel says at once what runs first (`[data-now]`: the
 * pending steps, updated as they finish), the data download's progress (`[data-loading]`), a
 * fit's start and, over the time budget, its prompt (`[data-fit-start]` with
 * `data-action="run-short"` / `"run-full"`), then the training view. The bar's «Скасувати»
 * is the run's one cancel in all of these states. Stable handles for tools:
 * `data-live-cell`, `data-state`, `<button data-action="run|cancel">`, `[data-live-output]`.
 */
export function createCellView(
  element: HTMLElement,
  id: CellId,
  options: CellViewOptions = {},
): CellView {
  const doc = element.ownerDocument;
  const what = CELL_SPECS[id].title;
  // Named by its step, as the cancel is: «Виконати: навчання згорткової мережі».
  const run = button(doc, 'run', '▶ Виконати', `Виконати: ${what}`);
  const pretrained = button(doc, 'pretrained', 'Використати натреновану модель');
  // The cell's one cancel, in every state of a run (queued, loading data, measuring, the
  // budget prompt, training): where ▶ Виконати was pressed, above the panel, also when the
  // panel is hidden.
  const cancel = button(doc, 'cancel', 'Скасувати', `Скасувати: ${what}`);
  const show = button(doc, 'show', 'Показати результат');
  const status = h(doc, 'span', { class: 'lc-status', 'aria-live': 'polite' });
  const bar = h(doc, 'div', { class: 'lc-bar' }, run, pretrained, cancel, show, status);
  const title = h(doc, 'span', { class: 'lc-title' }, 'Живий результат (TensorFlow.js)');
  const badge = h(doc, 'span', { class: 'lc-badge' });
  const hide = button(doc, 'hide', 'Сховати', 'Сховати живий результат');
  const reset = button(doc, 'reset', 'Скинути сеанс');
  const error = h(doc, 'p', { class: 'lc-error', role: 'alert' });
  // What happened to stored results (dropped, unsaved, damaged weights): not an error.
  const notice = h(doc, 'p', { class: 'lc-notice', role: 'status', 'data-notice': '' });
  const outputs = h(doc, 'div', { class: 'lc-outputs' });
  // What runs now, said at once (e.g. "Спершу: завантаження MNIST…").
  const now = h(doc, 'p', { class: 'lc-now', role: 'status', 'data-now': '' });
  const loadingBar = h(doc, 'span', { class: 'lc-loading-fill' });
  const loadingLabel = h(doc, 'span', { class: 'lc-loading-text' });
  const loading = h(
    doc,
    'div',
    {
      class: 'lc-loading',
      role: 'progressbar',
      'aria-label': 'Завантаження даних',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'data-loading': '',
    },
    h(doc, 'span', { class: 'lc-loading-track' }, loadingBar),
    loadingLabel,
  );
  const panel = h(
    doc,
    'section',
    { class: 'lc-panel', 'data-live-output': '', 'aria-label': 'Живий результат' },
    h(doc, 'header', { class: 'lc-head' }, title, badge, hide, reset),
    now,
    loading,
    notice,
    error,
    outputs,
  );
  let session: LiveSession | undefined;
  const budget = (): { budgetSeconds?: number } => {
    const seconds = options.budgetSeconds?.();
    return seconds === undefined ? {} : { budgetSeconds: seconds };
  };
  const training = createTrainingView(doc);
  const fitStart = createFitStartView(doc, (choice, start) => session?.choose(choice, start));
  panel.insertBefore(fitStart.element, error);
  panel.insertBefore(training.element, error);
  const saved = [...element.childNodes];
  element.replaceChildren(bar, panel);
  const placement = createPlacement(element, panel);
  element.dataset.liveCell = id;
  element.dataset.state = 'idle';
  run.disabled = true;
  pretrained.disabled = true;
  // Until a session attaches there is nothing to show: only the disabled run button.
  pretrained.hidden = true;
  cancel.hidden = true;
  show.hidden = true;
  panel.hidden = true;
  status.textContent = 'Завантаження…';
  let hiddenByUser = false;
  // Cancel pressed: the button says «Скасування…» until the run ends (a step that does not
  // stop at once, e.g. a download, finishes first). `later`: pressed while queued, so the
  // cancel waits for this cell's own run to begin (session.cancel() stops the running one).
  let cancelling: 'now' | 'later' | undefined;
  let shownOutputs: readonly CellOutput[] | undefined;
  let unsubscribe = (): void => {};

  const render = (snap: SessionSnapshot): void => {
    if (session === undefined) return;
    const cell = snap.cells[id];
    const running = cell.state === 'running';
    element.dataset.state = cell.state;
    run.disabled = running;
    run.textContent = cell.state === 'done' ? '↻ Виконати знову' : '▶ Виконати';
    const untrained = running ? [] : session.untrained(id);
    pretrained.hidden = untrained.length === 0;
    pretrained.disabled = running;
    if (!running) cancelling = undefined;
    if (cancelling === 'later' && !waitsInQueue(snap, id)) {
      cancelling = 'now';
      const s = session;
      // After this notification, not inside it: the session is in the middle of a change.
      queueMicrotask(() => {
        if (session === s) s.cancel();
      });
    }
    const focused = doc.activeElement === cancel;
    cancel.hidden = !running;
    cancel.textContent = cancelling === undefined ? 'Скасувати' : 'Скасування…';
    cancel.setAttribute(
      'aria-label',
      cancelling === undefined ? `Скасувати: ${what}` : `Скасування: ${what}…`,
    );
    // aria-disabled, not disabled: a keyboard user's focus stays on the button.
    if (cancelling === undefined) cancel.removeAttribute('aria-disabled');
    else cancel.setAttribute('aria-disabled', 'true');
    // The run ended while the button had focus: focus goes to ▶ Виконати, not to the page.
    if (focused && cancel.hidden) run.focus({ preventScroll: true });
    status.textContent = cell.status || (cell.state === 'error' ? 'Помилка' : '');
    const badgeText = testBadge(snap.info.settings);
    badge.textContent = badgeText;
    badge.hidden = badgeText === '';
    const backend = cell.backend ?? snap.info.backend;
    title.textContent = `Живий результат (TensorFlow.js, ${backend ?? '…'})`;
    const notes = [snap.info.notice, cell.notice].filter((n): n is string => Boolean(n));
    const hasContent =
      running || cell.outputs.length > 0 || cell.error !== undefined || cell.notice !== undefined;
    panel.hidden = !hasContent || hiddenByUser;
    show.hidden = !hasContent || !hiddenByUser;
    error.hidden = cell.error === undefined;
    error.textContent = cell.error ?? '';
    notice.hidden = notes.length === 0;
    notice.textContent = notes.join(' ');
    const { active, training: t, fitStart: f, loading: l } = snap.info;
    const mine = running && t !== undefined && (active === id || t.cell === id);
    training.element.hidden = !mine;
    if (mine && t) {
      const data = describeData(snap.info.data, snap.info.settings, t.trainCount);
      training.update(t, snap.info.backend, data);
    }
    const starting = running && !mine && f !== undefined && (active === id || f.cell === id);
    fitStart.element.hidden = !starting;
    if (starting && f) fitStart.update(f);
    const loads = running && l !== undefined && (active === id || id === 'mnist-load');
    loading.hidden = !loads;
    if (loads && l) {
      const text = loadingText(l);
      const pct = Math.round(loadingFraction(l) * 100);
      loadingLabel.textContent = text;
      loadingBar.style.width = `${pct}%`;
      loading.setAttribute('aria-valuenow', String(pct));
      loading.setAttribute('aria-valuetext', text);
    }
    // Above this cell's own fit start or training the line would only say "Виконується…".
    now.hidden = !running || mine || (starting && f?.cell === id);
    now.textContent = running ? (pendingStepsUk(snap, id) ?? (cell.status || 'Виконується…')) : '';
    if (cell.outputs !== shownOutputs) {
      shownOutputs = cell.outputs;
      outputs.replaceChildren(...cell.outputs.map((o) => outputView(doc, o)));
    }
    placement.update(!panel.hidden);
  };

  run.addEventListener('click', () => {
    hiddenByUser = false;
    void session?.run(id, budget());
  });
  pretrained.addEventListener('click', () => {
    hiddenByUser = false;
    void session?.run(id, { pretrained: true, ...budget() });
  });
  cancel.addEventListener('click', () => {
    if (session === undefined || cancelling !== undefined) return;
    const snap = session.snapshot();
    if (snap.cells[id].state !== 'running') return;
    cancelling = waitsInQueue(snap, id) ? 'later' : 'now';
    if (cancelling === 'now') session.cancel();
    render(session.snapshot());
  });
  hide.addEventListener('click', () => {
    hiddenByUser = true;
    if (session) render(session.snapshot());
  });
  show.addEventListener('click', () => {
    hiddenByUser = false;
    if (session) render(session.snapshot());
  });
  reset.addEventListener('click', () => void session?.reset());

  return {
    attach(s) {
      session = s;
      unsubscribe = s.subscribe(render);
      render(s.snapshot());
      void s.ready.then(() => {
        if (session === s) render(s.snapshot());
      });
    },
    dispose() {
      unsubscribe();
      session = undefined;
      placement.dispose();
      element.replaceChildren(...saved);
      delete element.dataset.liveCell;
      delete element.dataset.state;
    },
  };
}
