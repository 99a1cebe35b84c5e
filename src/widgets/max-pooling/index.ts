import type { Grid } from '../../math/grid.ts';
import { maxPoolWindows, type PoolWindow } from '../../math/pool.ts';
import { grayColor } from '../shared/colors.ts';
import { fmt, h, select } from '../shared/dom.ts';
import { flag, mountFrame } from '../shared/frame.ts';
import { createGridView, type GridView } from '../shared/gridView.ts';
import { intParam } from '../shared/params.ts';
import type { Player } from '../shared/player.ts';
import { POOL_EXAMPLE, randomMap } from './model.ts';

const INPUTS = [
  ['example', 'Приклад 4×4'],
  ['6', 'Випадкова карта 6×6'],
  ['8', 'Випадкова карта 8×8'],
] as const;

/**
 * Max-pooling: a window slides over a feature map and keeps each region's maximum.
 * Params: `input` (example, 6, 8), `size` (2–3), `stride` (1–3), `seed`.
 */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  const frame = mountFrame(element, {
    name: 'max-pooling',
    label: 'Максимізаційне агрегування (max-pooling)',
  });
  const { doc, body } = frame;
  const size = intParam(params, 'size', 2, 3, 2);
  const stride = intParam(params, 'stride', 1, 3, 2);
  const seed = intParam(params, 'seed', 0, 1_000_000, 5);
  const inputId = params.input?.trim() || 'example';
  const known = INPUTS.some(([id]) => id === inputId);
  const problem = !size.ok
    ? size.error
    : !stride.ok
      ? stride.error
      : !seed.ok
        ? seed.error
        : known
          ? undefined
          : `Параметр «input» має бути example, 6 або 8, а не «${inputId}».`;
  if (problem !== undefined || !size.ok || !stride.ok || !seed.ok) {
    frame.fail(problem ?? '');
    return { dispose: frame.dispose };
  }
  const state = { input: inputId, size: size.value, stride: stride.value, seed: seed.value };
  let map: Grid = POOL_EXAMPLE;
  let windows: PoolWindow[] = [];
  let views: { input: GridView; output: GridView } | undefined;
  let player: Player | undefined;

  const inputSelect = select(doc, 'Карта ознак', INPUTS, state.input, 'input');
  const sizeSelect = select(
    doc,
    'Вікно',
    [
      ['2', '2×2'],
      ['3', '3×3'],
    ],
    String(state.size),
    'size',
  );
  const strideSelect = select(
    doc,
    'Крок',
    [
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ],
    String(state.stride),
    'stride',
  );
  const reseed = h(
    doc,
    'button',
    { type: 'button', class: 'cw-btn cw-text-btn', 'data-action': 'reseed' },
    'Нові числа',
  );
  const inputSlot = h(doc, 'div', { class: 'cw-slot' });
  const outputSlot = h(doc, 'div', { class: 'cw-slot' });
  const inputTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const outputTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const line = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  body.append(
    h(
      doc,
      'div',
      { class: 'cw-row cw-form' },
      inputSelect.wrapper,
      reseed,
      sizeSelect.wrapper,
      strideSelect.wrapper,
    ),
    h(
      doc,
      'div',
      { class: 'cw-stage2d cw-stage-pool' },
      h(doc, 'div', { class: 'cw-panel' }, inputTitle, inputSlot),
      h(doc, 'div', { class: 'cw-arrow', 'aria-hidden': 'true' }, '→ max →'),
      h(doc, 'div', { class: 'cw-panel' }, outputTitle, outputSlot),
    ),
    line,
  );

  const rebuild = (): void => {
    map = state.input === 'example' ? POOL_EXAMPLE : randomMap(Number(state.input), state.seed);
    reseed.hidden = state.input === 'example';
    windows = maxPoolWindows(map, state.size, state.stride);
    const outSide = Math.round(Math.sqrt(windows.length));
    const cell = Math.min(52, Math.floor(360 / map.cols));
    const input = createGridView(doc, {
      rows: map.rows,
      cols: map.cols,
      cell,
      numbers: true,
      label: 'Вхідна карта ознак',
    });
    const output = createGridView(doc, {
      rows: outSide,
      cols: outSide,
      cell,
      numbers: true,
      label: 'Результат агрегування',
    });
    input.setValues(map.data, (v) => grayColor(v, 0, 12));
    inputSlot.replaceChildren(input.element);
    outputSlot.replaceChildren(output.element);
    inputTitle.textContent = `Вхід ${map.rows}×${map.cols}`;
    outputTitle.textContent = `Вихід: ⌊(${map.rows} − ${state.size}) / ${state.stride}⌋ + 1 = ${outSide}`;
    views = { input, output };
    player?.setSteps(windows.length);
    player?.reset();
  };

  const render = (position: number): void => {
    if (views === undefined) return;
    const current = windows[position - 1];
    views.output.setValues(
      windows.map((w, k) => (k < position ? w.max : undefined)),
      (v) => grayColor(v, 0, 12),
    );
    if (current === undefined) {
      views.input.setWindow(undefined);
      views.input.setMarks([]);
      views.output.setWindow(undefined);
      line.textContent = 'Натисніть «▶» або «▶|»: вікно пройде по карті.';
      return;
    }
    const top = Math.floor((current.cells[0] ?? 0) / map.cols);
    const left = (current.cells[0] ?? 0) % map.cols;
    views.input.setWindow({ top, left, rows: state.size, cols: state.size });
    views.input.setMarks([current.argmax]);
    views.output.setWindow({ top: current.row, left: current.col, rows: 1, cols: 1 });
    line.textContent = `max(${current.values.map((v) => fmt(v)).join(', ')}) = ${fmt(current.max)}`;
  };

  rebuild();
  player = frame.animate({
    steps: windows.length,
    intervalMs: 900,
    render,
    status: (p, n) => `Вікно ${p} / ${n}`,
    autoplay: flag(params.autoplay, true),
  });
  const listeners: [EventTarget, string, () => void][] = [
    [
      inputSelect.input,
      'change',
      () => {
        state.input = inputSelect.input.value;
        rebuild();
      },
    ],
    [
      sizeSelect.input,
      'change',
      () => {
        state.size = Number(sizeSelect.input.value);
        rebuild();
      },
    ],
    [
      strideSelect.input,
      'change',
      () => {
        state.stride = Number(strideSelect.input.value);
        rebuild();
      },
    ],
    [
      reseed,
      'click',
      () => {
        state.seed += 1;
        rebuild();
      },
    ],
  ];
  for (const [t, type, fn] of listeners) t.addEventListener(type, fn);
  frame.onDispose(() => {
    for (const [t, type, fn] of listeners) t.removeEventListener(type, fn);
  });
  return { dispose: frame.dispose };
}
