import type { DataDescriptor } from '../../ml/data/types.ts';
import type { LiveSettings, TrainingProgress } from '../../ml/session/types.ts';
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

/** "Дані: MNIST (…) — 8000 навчальних / 2000 тестових" with the test switch made obvious. */
export function describeData(data: DataDescriptor | undefined, settings: LiveSettings): string {
  const name = data
    ? `${data.name}: ${data.trainCount} навчальних / ${data.testCount} тестових`
    : '…';
  const used = settings.subset !== undefined ? `; навчання на перших ${settings.subset}` : '';
  return `Дані: ${name}${used}`;
}

export interface TrainingView {
  readonly element: HTMLElement;
  update(progress: TrainingProgress, backend: string | undefined, data: string): void;
}

/**
 * The fit's live view: a graphical bar, epoch/batch/ETA, the Keras lines, the per-epoch chart,
 * the backend and data in use, and a cancel button (`onCancel`).
 */
export function createTrainingView(doc: Document, onCancel: () => void): TrainingView {
  const bar = h(doc, 'progress', { class: 'lc-progress', max: 1, value: 0 });
  const status = h(doc, 'span', { class: 'lc-train-status' });
  const cancel = h(
    doc,
    'button',
    { type: 'button', class: 'lc-button', 'data-action': 'cancel' },
    'Скасувати',
  );
  cancel.addEventListener('click', onCancel);
  const lines = h(doc, 'div', { class: 'lc-text lc-fit-lines' });
  const chart = createLossChart(doc);
  const meta = h(doc, 'div', { class: 'lc-meta' });
  const element = h(
    doc,
    'div',
    { class: 'lc-training', 'data-training': '' },
    h(doc, 'div', { class: 'lc-train-head' }, bar, status, cancel),
    h(doc, 'div', { class: 'lc-train-body' }, lines, chart.element),
    meta,
  );
  let chartKey = '';
  return {
    element,
    update(p, backend, data) {
      bar.value = p.fraction;
      bar.textContent = `${Math.round(p.fraction * 100)} %`;
      const eta = p.etaSeconds === undefined ? '…' : formatEtaUk(p.etaSeconds);
      status.textContent = `Епоха ${p.epoch + 1}/${p.epochs} · партія ${p.batch + 1}/${p.batches} · ${Math.round(p.fraction * 100)} % · залишилось ≈ ${eta}`;
      lines.textContent = p.lines.join('\n');
      // The chart changes once per epoch: redraw it only then (progress comes ~10 times a second).
      const key = `${p.cell}:${p.epochs}:${p.history.loss.length}`;
      if (key !== chartKey) {
        chartKey = key;
        chart.set({ loss: p.history.loss, accuracy: p.history.accuracy, epochs: p.epochs });
      }
      meta.textContent = `Обчислення: ${backend ?? '…'} (у фоновому потоці) · ${data}`;
    },
  };
}
