import type { DataDescriptor } from '../../ml/data/types.ts';
import type { FitChoice, FitStart } from '../../ml/session/fitPlan.ts';
import { choiceLabelUk, countUk, epochsUk, overBudgetUk } from '../../ml/session/fitText.ts';
import type { LiveSettings, TrainingProgress } from '../../ml/session/types.ts';
import { backendFromQuery, backendLabelUk } from '../../ml/worker/backendRequest.ts';
import { h } from '../shared/dom.ts';
import { createLossChart } from './lossChart.ts';

/** `2:05`, `0:07`, `1:02:03`. */
export function formatEtaUk(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/**
 * "Дані: MNIST: 8000 навчальних / 2000 тестових", and "; навчання на перших N" when a fit
 * uses fewer (`trainCount`: the run's digits; else the test switch's subset).
 */
export function describeData(
  data: DataDescriptor | undefined,
  settings: LiveSettings,
  trainCount?: number,
): string {
  const name = data
    ? `${data.name}: ${data.trainCount} навчальних / ${data.testCount} тестових`
    : '…';
  const first = trainCount ?? settings.subset;
  const fewer = first !== undefined && (data === undefined || first < data.trainCount);
  const used = fewer ? `; навчання на перших ${countUk(first)}` : '';
  return `Дані: ${name}${used}`;
}

/**
 * `Епоха 1/5 · партія 3/63 · 4 % · минуло 0:03 · залишилось ≈ 1:22`; before the first batch
 * the remaining time is the measured estimate.
 */
export function trainingStatusUk(p: TrainingProgress): string {
  const pct = Math.round(p.fraction * 100);
  const eta = p.etaSeconds === undefined ? '…' : formatEtaUk(p.etaSeconds);
  return (
    `Епоха ${p.epoch + 1}/${p.epochs} · партія ${p.batch + 1}/${p.batches} · ${pct} % · ` +
    `минуло ${formatEtaUk(p.elapsedSeconds)} · залишилось ≈ ${eta}`
  );
}

/** What a fit is doing before its first batch (the prompt's question when choosing). */
export function fitStartUk(start: FitStart): string {
  const on = start.backend === undefined ? '' : ` на ${start.backend}`;
  const what = `${countUk(start.trainCount)} цифр, ${epochsUk(start.epochs)}`;
  if (start.phase === 'starting') {
    return `Запуск навчання (${what}) у фоновому потоці${on}: підготовка даних…`;
  }
  if (start.phase === 'measuring' || start.estimate === undefined) {
    return `Вимірювання швидкості навчання${on}: кілька пробних партій…`;
  }
  return overBudgetUk(start.estimate);
}

export interface FitStartView {
  readonly element: HTMLElement;
  update(start: FitStart): void;
}

/**
 * A fit before training: the trainer starting, the warm-up measuring, then — over the
 * budget — the question with two choices (`data-action="run-short"`, `"run-full"`).
 * `onChoose` gets the prompt's id with the choice. Cancelling is the run bar's one
 * «Скасувати» (cellView.ts), the same button in every state of a running cell.
 */
export function createFitStartView(
  doc: Document,
  onChoose: (choice: FitChoice, start: number) => void,
): FitStartView {
  const text = h(doc, 'p', { class: 'lc-fit-start-text', role: 'status' });
  const choice = (action: string, value: FitChoice): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', class: 'lc-button', 'data-action': action });
    b.addEventListener('click', () => {
      const id = Number(element.dataset.start);
      if (Number.isFinite(id)) onChoose(value, id);
    });
    return b;
  };
  const short = choice('run-short', 'short');
  const full = choice('run-full', 'full');
  const choices = h(
    doc,
    'div',
    { class: 'lc-fit-choices', role: 'group', 'aria-label': 'Як навчати' },
    short,
    full,
  );
  const element = h(doc, 'div', { class: 'lc-fit-start', 'data-fit-start': '' }, text, choices);
  return {
    element,
    update(start) {
      element.dataset.start = String(start.id);
      element.dataset.phase = start.phase;
      const message = fitStartUk(start);
      if (text.textContent !== message) text.textContent = message;
      const estimate = start.phase === 'choosing' ? start.estimate : undefined;
      choices.hidden = estimate === undefined;
      if (estimate === undefined) return;
      short.hidden = estimate.short === undefined;
      short.textContent = choiceLabelUk(estimate, 'short');
      full.textContent = choiceLabelUk(estimate, 'full');
    },
  };
}

/** Training samples per second so far (all epochs' batches done over the time since start). */
export function samplesPerSecond(p: TrainingProgress): number | undefined {
  if (!(p.elapsedSeconds > 0) || !(p.fraction > 0)) return undefined;
  return (p.fraction * p.epochs * p.trainCount) / p.elapsedSeconds;
}

/**
 * `Обчислення: webgl · 1 234 зразки/с (у фоновому потоці)`: the backend in use (with a note when
 * the page's `?backend=` named another one) and the measured speed.
 */
export function computeLabelUk(
  p: TrainingProgress,
  backend: string | undefined,
  search: string,
): string {
  const name = backendLabelUk(backend, backendFromQuery(search).request.force);
  const speed = samplesPerSecond(p);
  const rate =
    speed === undefined ? '' : ` · ${Math.round(speed).toLocaleString('uk-UA')} зразків/с`;
  return `Обчислення: ${name}${rate} (у фоновому потоці)`;
}

export interface TrainingView {
  readonly element: HTMLElement;
  update(progress: TrainingProgress, backend: string | undefined, data: string): void;
}

/**
 * The fit's live view: a graphical bar, epoch/batch/elapsed/remaining time, the Keras lines,
 * the per-epoch chart, the backend and data in use (cancelling is the run bar's button).
 * `data-elapsed` / `data-estimate` (seconds) are handles for tools.
 */
export function createTrainingView(doc: Document): TrainingView {
  const bar = h(doc, 'progress', { class: 'lc-progress', max: 1, value: 0 });
  const status = h(doc, 'span', { class: 'lc-train-status' });
  const lines = h(doc, 'div', { class: 'lc-text lc-fit-lines' });
  const chart = createLossChart(doc);
  const meta = h(doc, 'div', { class: 'lc-meta' });
  const compute = h(doc, 'span', { class: 'lc-compute', 'data-compute': '' });
  const dataText = h(doc, 'span', { class: 'lc-data' });
  meta.append(compute, ' · ', dataText);
  const element = h(
    doc,
    'div',
    { class: 'lc-training', 'data-training': '' },
    h(doc, 'div', { class: 'lc-train-head' }, bar, status),
    h(doc, 'div', { class: 'lc-train-body' }, lines, chart.element),
    meta,
  );
  let chartKey = '';
  return {
    element,
    update(p, backend, data) {
      bar.value = p.fraction;
      bar.textContent = `${Math.round(p.fraction * 100)} %`;
      status.textContent = trainingStatusUk(p);
      element.dataset.elapsed = p.elapsedSeconds.toFixed(1);
      if (p.estimateSeconds === undefined) delete element.dataset.estimate;
      else element.dataset.estimate = p.estimateSeconds.toFixed(1);
      lines.textContent = p.lines.join('\n');
      // The chart changes once per epoch: redraw it only then (progress comes ~10 times a second).
      const key = `${p.cell}:${p.epochs}:${p.history.loss.length}`;
      if (key !== chartKey) {
        chartKey = key;
        chart.set({ loss: p.history.loss, accuracy: p.history.accuracy, epochs: p.epochs });
      }
      compute.textContent = computeLabelUk(p, backend, doc.defaultView?.location.search ?? '');
      if (backend === undefined) delete compute.dataset.backend;
      else compute.dataset.backend = backend;
      dataText.textContent = data;
    },
  };
}
