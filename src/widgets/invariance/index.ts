import { shift2d } from '../../math/shift.ts';
import { horizontalShifts, predictShifted } from '../../ml/inspect/shiftedPredictions.ts';
import type { WidgetContext } from '../../model/index.ts';
import { type ConvnetProbe, loadConvnetProbe, type TestDigit } from '../shared/convnetProbe.ts';
import {
  convnetGuard,
  prefetchConvnet,
  startAfterLoad,
  testDigitParam,
} from '../shared/convnetWidget.ts';
import { createDigitPicker } from '../shared/digitPicker.ts';
import { h, titledPanel } from '../shared/dom.ts';
import { mountFrame } from '../shared/frame.ts';
import { createHeatmap, gray } from '../shared/heatmap.ts';
import { createProbabilityBars, percent } from '../shared/probabilityBars.ts';
import { createShiftPlayer, type Shift } from '../shared/shiftPlayer.ts';
import { fmtShift } from '../shared/shiftSliders.ts';
import { createCurveChart } from './curve.ts';
import { type CurvePoint, correctRange, curveOf } from './model.ts';

const RANGE = 8;

export const prefetch = prefetchConvnet;

/**
 * Invariance, honestly: the trained convnet's prediction for a test digit moved by (dx, dy),
 * with P(true class) for every dx in −8…8 so the audience sees where it breaks down.
 * Params: `digit` (test index), `autoplay`.
 */
export function mount(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  context: WidgetContext,
) {
  const frame = mountFrame(element, {
    name: 'invariance',
    label: 'Прогноз мережі для зсунутої цифри',
  });
  const { doc, body } = frame;
  const digitParam = testDigitParam(params);
  if (!digitParam.ok) {
    frame.fail(digitParam.error);
    return { dispose: frame.dispose };
  }
  const shift: Shift = { dx: 0, dy: 0 };
  let probe: ConvnetProbe | undefined;
  let digit: TestDigit | undefined;
  /** Probabilities for every dx of the path's range at the current dy. */
  let probabilities: Float32Array[] = [];
  let curve: CurvePoint[] = [];

  const picker = createDigitPicker(doc, {
    onPick: (k) => void load(k),
    onOther: () => void load(probe?.other(digit?.index ?? 0) ?? 0),
  });
  const guard = convnetGuard(frame, [picker]);
  const input = createHeatmap(doc, 28, 28, { size: 112, colors: gray, label: 'Зсунута цифра' });
  const bars = createProbabilityBars(doc, { height: 80, label: 'Ймовірності класів' });
  const chart = createCurveChart(doc, RANGE);
  const line = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  const note = h(doc, 'p', { class: 'cw-caption' });

  const render = (): void => {
    if (digit === undefined || curve.length === 0) return;
    const i = shift.dx + RANGE;
    const probs = probabilities[i];
    input.draw(shift2d(digit.grid, shift.dy, shift.dx).data, 0, 1);
    bars.set(probs);
    chart.draw(curve, digit.label, shift.dx);
    const point = curve[i];
    if (point === undefined) return;
    const verdict = point.predicted === digit.label ? '✓' : '✗';
    line.textContent = `зсув (${fmtShift(shift.dx)}, ${fmtShift(shift.dy)}): прогноз ${point.predicted} ${verdict}, P(${digit.label}) = ${percent(point.p)}`;
  };

  const compute = async (): Promise<void> => {
    if (probe === undefined || digit === undefined) return;
    const current = guard.begin();
    const shifts = horizontalShifts(RANGE, shift.dy);
    const result = await predictShifted(probe.model, digit.grid, shifts);
    if (!current()) return;
    probabilities = result;
    curve = curveOf(
      shifts.map((s) => s.dx),
      result,
      digit.label,
    );
    const ok = correctRange(curve, digit.label);
    note.textContent =
      ok === undefined
        ? shift.dy === 0
          ? `Навіть без зсуву мережа помиляється (мітка ${digit.label}).`
          : `Уже при dx = 0 (dy = ${fmtShift(shift.dy)}) мережа помиляється (мітка ${digit.label}).`
        : ok.from === -RANGE && ok.to === RANGE
          ? `Правильно для всіх зсувів ±${RANGE} px по x (при dy = ${fmtShift(shift.dy)}), але впевненість змінюється.`
          : `Правильно лише для зсувів від ${fmtShift(ok.from)} до ${fmtShift(ok.to)} по x: інваріантність наближена — її дають спільні фільтри й пулінг, а повнозв'язний шар бачить положення.`;
    render();
    element.dataset.ready = '';
  };

  const controls = createShiftPlayer(frame, shift, {
    range: RANGE,
    intervalMs: 500,
    onShift: (axis) => (axis === 'dy' ? void compute() : render()),
  });
  body.append(
    h(doc, 'div', { class: 'cw-row cw-form' }, picker.element, controls.element),
    h(
      doc,
      'div',
      { class: 'cw-stage-shift' },
      titledPanel(doc, 'Зсунута цифра', input.element),
      titledPanel(doc, 'Прогноз мережі', bars.element),
      titledPanel(doc, 'P(правильний клас) від зсуву', chart.element),
    ),
    line,
    note,
  );
  line.textContent = 'Завантаження мережі…';

  const load = async (index: number): Promise<void> => {
    probe ??= await loadConvnetProbe(context);
    if (guard.disposed()) return;
    digit = probe.digit(index);
    picker.set(digit.index, probe.count);
    await compute();
  };

  return startAfterLoad(frame, controls.player, params, load(digitParam.value), guard);
}
