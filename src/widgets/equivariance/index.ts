import type { Grid } from '../../math/grid.ts';
import { lostByShift, shift2d } from '../../math/shift.ts';
import { channelOf } from '../../ml/inspect/activations.ts';
import type { WidgetContext } from '../../model/index.ts';
import { type ConvnetProbe, loadConvnetProbe, type TestDigit } from '../shared/convnetProbe.ts';
import {
  convnetGuard,
  prefetchConvnet,
  startAfterLoad,
  testDigitParam,
} from '../shared/convnetWidget.ts';
import { createDigitPicker } from '../shared/digitPicker.ts';
import { h, select, titledPanel } from '../shared/dom.ts';
import { mountFrame } from '../shared/frame.ts';
import { createHeatmap, extent, gray, viridis } from '../shared/heatmap.ts';
import { firstError, intParam } from '../shared/params.ts';
import { createShiftPlayer, type Shift } from '../shared/shiftPlayer.ts';
import { fmtShift } from '../shared/shiftSliders.ts';
import { maxAbsDiff, shiftMap } from './model.ts';

const RANGE = 8;
/** The player walks dx over −6…6 (the sliders reach ±8). */
const PATH_RANGE = 6;

export const prefetch = prefetchConvnet;

interface Loaded {
  readonly probe: ConvnetProbe;
  readonly digit: TestDigit;
  /** Layer 1's output for the unshifted digit, and for an empty image (relu(bias)). */
  readonly base: Float32Array;
  readonly blank: Float32Array;
  readonly channels: number;
}

/**
 * Equivariance: the digit moves by (dx, dy) and a first-layer feature map of the trained
 * convnet moves with it — f(g(x)) beside g(f(x)), their difference measured.
 * Params: `digit` (test index), `map` (1–32), `autoplay`.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
) {
  const frame = mountFrame(element, {
    name: 'equivariance',
    label: 'Еквіваріантність згортки до зсувів',
  });
  const { doc, body } = frame;
  const digitParam = testDigitParam(params);
  const mapParam = intParam(params, 'map', 1, 32, 1);
  if (!digitParam.ok || !mapParam.ok) {
    frame.fail(firstError([digitParam, mapParam]));
    return { dispose: frame.dispose };
  }
  const shift: Shift = { dx: 0, dy: 0 };
  let map = mapParam.value - 1;
  let loaded: Loaded | undefined;

  const picker = createDigitPicker(doc, {
    onPick: (k) => void load(k),
    onOther: () => void load(loaded?.probe.other(loaded.digit.index) ?? 0),
  });
  const mapSelect = select(
    doc,
    'Карта',
    Array.from({ length: 32 }, (_, k) => [String(k + 1), `№ ${k + 1}`] as const),
    String(map + 1),
    'map',
  );
  const guard = convnetGuard(frame, [picker]);
  const size = 104;
  const input = createHeatmap(doc, 28, 28, { size, colors: gray, label: 'Зсунута цифра' });
  const mapOfShifted = createHeatmap(doc, 26, 26, {
    size: (size * 26) / 28,
    colors: viridis,
    label: 'Карта ознак зсунутої цифри',
  });
  const shiftedMap = createHeatmap(doc, 26, 26, {
    size: (size * 26) / 28,
    colors: viridis,
    label: 'Зсунута карта ознак',
  });
  const line = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  const note = h(doc, 'p', { class: 'cw-note', 'aria-live': 'polite' });

  const update = async (): Promise<void> => {
    if (loaded === undefined) return;
    const { probe, digit, base, blank } = loaded;
    const current = guard.begin();
    const { dx, dy } = shift;
    const channel = map;
    const moved = shift2d(digit.grid, dy, dx);
    const result = await probe.inspector.inspect(moved.data);
    const layer = result.layers[0];
    if (!current() || layer === undefined) return;
    const fgx = channelOf(layer, channel);
    const baseMap: Grid = {
      rows: 26,
      cols: 26,
      data: Array.from(channelOf({ ...layer, data: base }, channel)),
    };
    const fill = blank[channel] ?? 0;
    const gfx = shiftMap(baseMap, dy, dx, fill);
    const hi = Math.max(extent(fgx).max, extent(gfx.data).max) || 1;
    input.draw(moved.data, 0, 1);
    mapOfShifted.draw(fgx, 0, hi);
    shiftedMap.draw(gfx.data, 0, hi);
    const diff = maxAbsDiff(fgx, gfx.data);
    line.textContent = `зсув (${fmtShift(dx)}, ${fmtShift(dy)}): max |f(g(x)) − g(f(x))| = ${diff.toFixed(3)}`;
    const lost = lostByShift(digit.grid, dy, dx);
    note.textContent =
      lost > 0
        ? `Частина цифри вийшла за межі кадру (${Math.max(1, Math.round(lost * 100))} % яскравості): біля краю рівність порушується.`
        : diff < 1e-3
          ? ''
          : 'Відмінність біля краю: фільтр бачить доповнення нулями.';
    element.dataset.ready = '';
  };

  const controls = createShiftPlayer(frame, shift, {
    range: RANGE,
    pathRange: PATH_RANGE,
    intervalMs: 450,
    onShift: () => void update(),
  });
  body.append(
    h(doc, 'div', { class: 'cw-row cw-form' }, picker.element, mapSelect.wrapper, controls.element),
    h(
      doc,
      'div',
      { class: 'cw-stage-shift' },
      titledPanel(doc, 'g(x): зсунута цифра', input.element),
      h(doc, 'div', { class: 'cw-arrow', 'aria-hidden': 'true' }, '→ Conv2D →'),
      titledPanel(doc, 'f(g(x)): карта зсунутої', mapOfShifted.element),
      titledPanel(doc, 'g(f(x)): зсунута карта', shiftedMap.element),
    ),
    line,
    note,
  );
  line.textContent = 'Завантаження мережі…';

  const load = async (index: number): Promise<void> => {
    const probe = loaded?.probe ?? (await loadConvnetProbe(context));
    if (guard.disposed()) return;
    const digit = probe.digit(index);
    picker.set(digit.index, probe.count);
    const [plain, empty] = await Promise.all([
      probe.inspector.inspect(digit.grid.data),
      probe.inspector.inspect(new Float32Array(784)),
    ]);
    const first = plain.layers[0];
    const blankLayer = empty.layers[0];
    if (guard.disposed() || first === undefined || blankLayer === undefined) return;
    loaded = {
      probe,
      digit,
      base: first.data,
      blank: blankLayer.data.slice(0, first.channels),
      channels: first.channels,
    };
    await update();
  };

  const onMap = (): void => {
    map = Number(mapSelect.input.value) - 1;
    void update();
  };
  mapSelect.input.addEventListener('change', onMap);
  frame.onDispose(() => mapSelect.input.removeEventListener('change', onMap));

  return startAfterLoad(frame, controls.player, params, load(digitParam.value), guard);
}
