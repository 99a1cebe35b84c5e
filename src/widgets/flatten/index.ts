import { fmt, h, select } from '../shared/dom.ts';
import { flag, mountFrame } from '../shared/frame.ts';
import { createGridView, type GridView } from '../shared/gridView.ts';
import { enumParam } from '../shared/params.ts';
import type { Player } from '../shared/player.ts';
import {
  type FlatEntry,
  type FlattenOrder,
  featureValues,
  flattenOrder,
  SHAPES,
  type Shape3d,
} from './model.ts';
import { createStack3d, type Stack3d } from './stack3d.ts';

/** Channel tints (green, red, blue, violet), as on the lecture's tensor figures. */
const TINTS: readonly (readonly [number, number, number])[] = [
  [46, 160, 67],
  [218, 54, 51],
  [31, 111, 235],
  [163, 113, 247],
];
const shapeId = (s: Shape3d) => `${s.height}x${s.width}x${s.channels}`;

/**
 * Flatten: a H×W×C feature map unrolled into a vector, one element per step, in Keras order
 * (channels last) or channel by channel. Params: `shape` (3x3x3, 2x2x3, 4x4x2, 3x3x4), `order`.
 */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  const frame = mountFrame(element, { name: 'flatten', label: 'Flatten: карта ознак у вектор' });
  const { doc, body } = frame;
  const shapeParam = enumParam(params, 'shape', SHAPES.map(shapeId), '3x3x3');
  const orderParam = enumParam<FlattenOrder>(
    params,
    'order',
    ['channels_last', 'channels_first'],
    'channels_last',
  );
  if (!shapeParam.ok || !orderParam.ok) {
    frame.fail(!shapeParam.ok ? shapeParam.error : !orderParam.ok ? orderParam.error : '');
    return { dispose: frame.dispose };
  }
  let shape = SHAPES.find((s) => shapeId(s) === shapeParam.value) ?? SHAPES[0]!;
  let order: FlattenOrder = orderParam.value;
  let entries: FlatEntry[] = [];
  let values: number[][] = [];
  let views: { channels: GridView[]; vector: GridView; stack: Stack3d } | undefined;
  let player: Player | undefined;

  const shapeSelect = select(
    doc,
    'Форма H×W×C',
    SHAPES.map((s) => [shapeId(s), `${s.height}×${s.width}×${s.channels}`] as const),
    shapeId(shape),
    'shape',
  );
  const orderSelect = select(
    doc,
    'Порядок',
    [
      ['channels_last', 'Keras (канали останні)'],
      ['channels_first', 'канал за каналом'],
    ],
    order,
    'order',
  );
  const channelsRow = h(doc, 'div', { class: 'cw-channels' });
  const mapTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const vectorSlot = h(doc, 'div', { class: 'cw-slot cw-vector' });
  const vectorTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const line = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  const rule = h(doc, 'p', { class: 'cw-caption' });
  body.append(
    h(doc, 'div', { class: 'cw-row cw-form' }, shapeSelect.wrapper, orderSelect.wrapper),
    mapTitle,
    channelsRow,
    vectorTitle,
    vectorSlot,
    line,
    rule,
  );

  const tint = (c: number) => (v: number) => {
    const [r, g, b] = TINTS[c % TINTS.length] ?? [128, 128, 128];
    const t = 0.25 + 0.75 * (v / 9);
    return `rgb(${Math.round(r * t)} ${Math.round(g * t)} ${Math.round(b * t)})`;
  };

  const rebuild = (): void => {
    entries = flattenOrder(shape, order);
    values = featureValues(shape, 7);
    const cell = Math.min(44, Math.floor(470 / (shape.channels * shape.width)));
    const channels = values.map((v, c) => {
      const view = createGridView(doc, {
        rows: shape.height,
        cols: shape.width,
        cell,
        numbers: true,
        label: `Канал ${c}`,
      });
      view.setValues(v, tint(c));
      return view;
    });
    const stack = createStack3d(doc, shape, (c, hh, w) =>
      tint(c)(values[c]?.[hh * shape.width + w] ?? 0),
    );
    channelsRow.replaceChildren(
      h(
        doc,
        'div',
        { class: 'cw-panel' },
        h(doc, 'p', { class: 'cw-panel-title' }, 'у 3D'),
        stack.element,
      ),
      ...channels.map((view, c) =>
        h(
          doc,
          'div',
          { class: 'cw-panel' },
          h(doc, 'p', { class: 'cw-panel-title' }, `канал c = ${c}`),
          view.element,
        ),
      ),
    );
    const n = entries.length;
    mapTitle.textContent = `Карта ознак ${shape.height}×${shape.width}×${shape.channels} (H×W×C): у 3D і по каналах`;
    const vector = createGridView(doc, {
      rows: 1,
      cols: n,
      cell: Math.min(40, Math.floor(770 / n)),
      numbers: true,
      label: 'Вектор після Flatten',
    });
    vectorSlot.replaceChildren(vector.element);
    vectorTitle.textContent = `Вектор довжини H·W·C = ${shape.height}·${shape.width}·${shape.channels} = ${n}`;
    rule.textContent =
      order === 'channels_last'
        ? 'Keras (channels_last): індекс = (h·W + w)·C + c — канали змінюються найшвидше.'
        : 'Канал за каналом (channels_first): індекс = (c·H + h)·W + w.';
    views = { channels, vector, stack };
    player?.setSteps(n);
    player?.reset();
  };

  const render = (position: number): void => {
    if (views === undefined) return;
    const shown = entries.map((e, k) =>
      k < position ? values[e.c]?.[e.h * shape.width + e.w] : undefined,
    );
    const channelOf = entries.map((e) => e.c);
    views.vector.setValues(shown, (v) => tint(0)(v));
    // Tint each vector cell by its channel: recolour after the generic pass.
    views.vector.element.querySelectorAll('rect.cw-cell').forEach((rect, k) => {
      const v = shown[k];
      if (v !== undefined) rect.setAttribute('fill', tint(channelOf[k] ?? 0)(v));
    });
    const current = entries[position - 1];
    views.channels.forEach((view, c) => {
      const done = entries
        .filter((e, k) => e.c === c && k < position - 1)
        .map((e) => e.h * shape.width + e.w);
      view.setMarks([]);
      view.setCorner(new Map(done.map((i) => [i, '✓'])));
      view.setWindow(
        current && current.c === c
          ? { top: current.h, left: current.w, rows: 1, cols: 1 }
          : undefined,
      );
    });
    views.stack.highlight(current);
    views.vector.setWindow(current ? { top: 0, left: current.index, rows: 1, cols: 1 } : undefined);
    line.textContent = current
      ? `x[h=${current.h}, w=${current.w}, c=${current.c}] = ${fmt(values[current.c]?.[current.h * shape.width + current.w] ?? 0)} → вектор[${current.index}]`
      : 'Натисніть «▶» або «▶|»: елементи по черзі стануть у вектор.';
  };

  rebuild();
  player = frame.animate({
    steps: entries.length,
    intervalMs: 600,
    render,
    status: (p, n) => `Елемент ${p} / ${n}`,
    autoplay: flag(params.autoplay, true),
  });
  const onShape = (): void => {
    shape = SHAPES.find((s) => shapeId(s) === shapeSelect.input.value) ?? shape;
    rebuild();
  };
  const onOrder = (): void => {
    order = orderSelect.input.value === 'channels_first' ? 'channels_first' : 'channels_last';
    rebuild();
  };
  shapeSelect.input.addEventListener('change', onShape);
  orderSelect.input.addEventListener('change', onOrder);
  frame.onDispose(() => {
    shapeSelect.input.removeEventListener('change', onShape);
    orderSelect.input.removeEventListener('change', onOrder);
  });
  return { dispose: frame.dispose };
}
