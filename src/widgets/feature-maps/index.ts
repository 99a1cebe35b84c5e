import type { Inspection } from '../../ml/inspect/activations.ts';
import { channelOf } from '../../ml/inspect/activations.ts';
import { type FilterImages, filterImages } from '../../ml/inspect/filters.ts';
import type { WidgetContext } from '../../model/index.ts';
import { type ConvnetProbe, loadConvnetProbe } from '../shared/convnetProbe.ts';
import {
  convnetGuard,
  prefetchConvnet,
  startAfterLoad,
  testDigitParam,
} from '../shared/convnetWidget.ts';
import { createDigitPicker } from '../shared/digitPicker.ts';
import { h, select } from '../shared/dom.ts';
import { mountFrame } from '../shared/frame.ts';
import { createHeatmap, extent, gray, signed, viridis } from '../shared/heatmap.ts';
import { firstError, intParam } from '../shared/params.ts';
import { createMapGrid, type MapGrid, tileLayout } from './mapGrid.ts';

const LAYERS = [
  ['1', 'Шар 1: 26×26×32'],
  ['2', 'Шар 2: 11×11×64'],
  ['3', 'Шар 3: 3×3×128'],
] as const;

export const prefetch = prefetchConvnet;

/**
 * Feature maps: a test digit through the trained convnet — every map of the chosen conv layer
 * with its filter, the prediction, and one map at a time enlarged (play steps through them).
 * Params: `digit` (test index), `layer` (1–3), `autoplay`.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
) {
  const frame = mountFrame(element, {
    name: 'feature-maps',
    label: 'Карти ознак згорткової мережі',
  });
  const { doc, body } = frame;
  const digitParam = testDigitParam(params);
  const layerParam = intParam(params, 'layer', 1, 3, 1);
  if (!digitParam.ok || !layerParam.ok) {
    frame.fail(firstError([digitParam, layerParam]));
    return { dispose: frame.dispose };
  }
  const state = { digit: digitParam.value, layer: layerParam.value };
  let probe: ConvnetProbe | undefined;
  let filters: FilterImages[] = [];
  let inspection: Inspection | undefined;
  let grid: MapGrid | undefined;

  const picker = createDigitPicker(doc, {
    onPick: (k) => void show(k),
    onOther: () => void show(probe?.other(state.digit) ?? state.digit + 1),
  });
  const layerSelect = select(doc, 'Шар', LAYERS, String(state.layer), 'layer');
  const guard = convnetGuard(frame, [picker]);
  const input = createHeatmap(doc, 28, 28, { size: 112, colors: gray, label: 'Вхідна цифра' });
  const prediction = h(doc, 'p', { class: 'cw-prediction', 'aria-live': 'polite' });
  const focusTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const focusSlot = h(doc, 'div', { class: 'cw-focus' });
  const mapsSlot = h(
    doc,
    'div',
    { class: 'cw-maps-slot' },
    h(doc, 'p', {}, 'Завантаження мережі…'),
  );
  const caption = h(doc, 'p', { class: 'cw-caption' });
  const source = h(doc, 'p', { class: 'cw-caption' });
  body.append(
    h(doc, 'div', { class: 'cw-row cw-form' }, picker.element, layerSelect.wrapper),
    h(
      doc,
      'div',
      { class: 'cw-stage-maps' },
      h(
        doc,
        'div',
        { class: 'cw-panel cw-side' },
        h(doc, 'p', { class: 'cw-panel-title' }, 'Вхід 28×28'),
        input.element,
        prediction,
        focusTitle,
        focusSlot,
      ),
      mapsSlot,
    ),
    caption,
    source,
  );

  const current = () => inspection?.layers[state.layer - 1];

  const renderFocus = (position: number): void => {
    const layer = current();
    const filter = filters[state.layer - 1];
    grid?.focus(position === 0 ? undefined : position - 1);
    if (layer === undefined || filter === undefined || position === 0) {
      focusTitle.textContent = 'Клацніть карту або ▶';
      focusSlot.replaceChildren();
      return;
    }
    const k = position - 1;
    const big = createHeatmap(doc, layer.rows, layer.cols, {
      size: 80,
      colors: viridis,
      label: `Карта ${position} збільшено`,
    });
    big.draw(channelOf(layer, k), 0, extent(layer.data).max || 1);
    const w = filter.images[k] ?? new Float32Array();
    const { min, max } = extent(w);
    const wMax = Math.max(Math.abs(min), Math.abs(max)) || 1;
    const small = createHeatmap(doc, filter.size, filter.size, {
      size: 48,
      colors: signed,
      label: `Фільтр ${position}`,
    });
    small.draw(w, -wMax, wMax);
    focusTitle.textContent = `Карта ${position} і її фільтр`;
    focusSlot.replaceChildren(big.element, small.element);
  };

  const player = frame.animate({
    steps: 32,
    intervalMs: 700,
    render: renderFocus,
    status: (p, n) => (p === 0 ? `Усі ${n} карт` : `Карта ${p} / ${n}`),
    autoplay: false,
  });

  const renderLayer = (): void => {
    const layer = current();
    const filter = filters[state.layer - 1];
    if (layer === undefined || filter === undefined || inspection === undefined) return;
    grid = createMapGrid(doc, layer, filter, (k) => player.step(k + 1 - player.position));
    mapsSlot.replaceChildren(grid.element);
    const note = !tileLayout(layer.channels).filters
      ? ` Фільтри 3×3×${filter.inChannels}: середнє по каналах — ліворуч, для вибраної карти.`
      : filter.inChannels > 1
        ? ` Під картами — фільтри 3×3×${filter.inChannels}, усереднені по ${filter.inChannels} вхідних каналах.`
        : ' Під картами — їхні фільтри 3×3 (синій < 0 < помаранчевий).';
    caption.textContent = `${layer.name}: ${layer.channels} карт ${layer.rows}×${layer.cols}.${note}`;
    if (player.steps !== layer.channels) player.setSteps(layer.channels);
    renderFocus(player.position);
  };

  const show = async (index: number): Promise<void> => {
    if (probe === undefined) return;
    const digit = probe.digit(index);
    state.digit = digit.index;
    picker.set(digit.index, probe.count);
    const current = guard.begin();
    const t0 = performance.now();
    const result = await probe.inspector.inspect(digit.grid.data);
    const ms = performance.now() - t0;
    if (!current()) return;
    inspection = result;
    input.draw(digit.grid.data, 0, 1);
    const p = result.probabilities[result.predicted] ?? 0;
    const verdict = result.predicted === digit.label ? '✓' : `✗ (мітка ${digit.label})`;
    prediction.textContent = `Прогноз: ${result.predicted} (${Math.round(p * 100)} %) ${verdict}`;
    element.dataset.inferenceMs = ms.toFixed(1);
    renderLayer();
    source.textContent = `${probe.dataName}, тестова цифра № ${digit.index}; обчислено за ${Math.round(ms)} мс (${probe.backend}).`;
    element.dataset.ready = '';
  };

  const onLayer = (): void => {
    state.layer = Number(layerSelect.input.value);
    renderLayer();
  };
  layerSelect.input.addEventListener('change', onLayer);
  frame.onDispose(() => {
    layerSelect.input.removeEventListener('change', onLayer);
    delete element.dataset.inferenceMs;
  });

  const load = async (): Promise<void> => {
    const loaded = await loadConvnetProbe(context);
    if (guard.disposed()) return;
    probe = loaded;
    filters = filterImages(loaded.model);
    await show(state.digit);
  };
  return startAfterLoad(frame, player, params, load(), guard);
}
