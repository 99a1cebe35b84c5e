import { correlationWindows, type Window1d } from '../../math/conv1d.ts';
import { fmt, h, select } from '../shared/dom.ts';
import { flag, mountFrame } from '../shared/frame.ts';
import { parseNumbers } from '../shared/params.ts';
import type { Player } from '../shared/player.ts';
import { createSequenceForm } from '../shared/sequenceForm.ts';
import { cellWidth, createIndexRow, createStrip, trackWidth } from '../shared/strip.ts';
import { EXAMPLES_1D } from './examples.ts';

/**
 * 1D correlation (the lecture's ⊛): the kernel slides along the signal, products and sum
 * shown, the output built one value per step. Params: `example` (1, 2), or `x` and `u`.
 */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  const frame = mountFrame(element, {
    name: 'conv1d',
    label: 'Одновимірна згортка: ядро ковзає вздовж сигналу',
  });
  const { doc, body } = frame;
  const initial = initialSequences(params);
  if (typeof initial === 'string') {
    frame.fail(initial);
    return { dispose: frame.dispose };
  }
  let x = initial.x;
  let u = initial.u;
  let windows: Window1d[] = [];
  const stage = h(doc, 'div', { class: 'cw-stage1d' });
  const formula = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  const sizes = h(doc, 'p', { class: 'cw-caption' });
  const exampleSelect = select(
    doc,
    'Приклад:',
    [...EXAMPLES_1D.map((e) => [e.id, e.label] as const), ['custom', 'Власні числа']],
    initial.id,
    'example',
  );
  const form = createSequenceForm(doc, (nx, nu) => {
    if (nu.length > nx.length) return 'Ядро не може бути довшим за сигнал.';
    exampleSelect.input.value = 'custom';
    setData(nx, nu);
    return undefined;
  });
  body.append(
    h(doc, 'div', { class: 'cw-row' }, exampleSelect.wrapper),
    form.element,
    stage,
    formula,
    sizes,
  );

  let strips: ReturnType<typeof buildStrips> | undefined;
  let player: Player | undefined;
  const setData = (nx: readonly number[], nu: readonly number[]): void => {
    x = nx;
    u = nu;
    windows = correlationWindows(x, u);
    strips = buildStrips(doc, stage, x.length, u.length, trackWidth(frame.root));
    form.setValues(x, u);
    sizes.textContent = `W = ${x.length}, w = ${u.length} → вихід має W − w + 1 = ${windows.length} значень`;
    player?.setSteps(windows.length);
    player?.reset();
  };

  const render = (position: number): void => {
    if (strips === undefined) return;
    const current = position > 0 ? windows[position - 1] : undefined;
    const at = current?.i ?? 0;
    const inWindow = (k: number) => current !== undefined && k >= at && k < at + u.length;
    strips.x.set(
      x,
      x.map((_, k) => (inWindow(k) ? 'cw-hot' : undefined)),
    );
    strips.u.set(
      u,
      u.map(() => (current ? 'cw-kernel' : 'cw-kernel cw-dim')),
    );
    strips.u.shift(at);
    strips.p.set(
      x.map((_, k) => (inWindow(k) ? current?.terms[k - at]?.product : undefined)),
      [],
    );
    strips.y.set(
      windows.map((w, k) => (k < position ? w.sum : undefined)),
      windows.map((_, k) => (k === position - 1 ? 'cw-current' : undefined)),
    );
    formula.textContent =
      current === undefined ? 'Натисніть «▶» або «▶|», щоб зсунути ядро.' : formulaOf(current);
  };

  setData(x, u);
  player = frame.animate({
    steps: windows.length,
    intervalMs: 900,
    render,
    status: (p, n) => `Крок ${p} / ${n}`,
    autoplay: flag(params.autoplay, true),
  });
  const onExample = (): void => {
    const example = EXAMPLES_1D.find((e) => e.id === exampleSelect.input.value);
    if (example !== undefined) setData(example.x, example.u);
  };
  exampleSelect.input.addEventListener('change', onExample);
  frame.onDispose(() => {
    exampleSelect.input.removeEventListener('change', onExample);
    form.dispose();
  });
  return { dispose: frame.dispose };
}

function buildStrips(
  doc: Document,
  stage: HTMLElement,
  length: number,
  kernel: number,
  width: number,
) {
  const cell = cellWidth(length, width);
  const strips = {
    x: createStrip(doc, 'x', length, cell, 'x'),
    u: createStrip(doc, 'u', kernel, cell, 'u'),
    p: createStrip(doc, 'x·u', length, cell, 'p'),
    y: createStrip(doc, 'x ⊛ u', length - kernel + 1, cell, 'y'),
  };
  stage.replaceChildren(
    createIndexRow(doc, length, cell),
    strips.x.element,
    strips.u.element,
    strips.p.element,
    strips.y.element,
  );
  return strips;
}

function formulaOf(w: Window1d): string {
  const paren = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));
  const sym = w.terms.map((t, m) => `x${sub(t.index)}u${sub(m)}`).join(' + ');
  const num = w.terms.map((t) => `${paren(t.x)}·${paren(t.u)}`).join(' + ');
  return `y${sub(w.i)} = ${sym} = ${num} = ${fmt(w.sum)}`;
}

function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)] ?? d);
}

function initialSequences(
  params: Readonly<Record<string, string>>,
): { id: string; x: readonly number[]; u: readonly number[] } | string {
  if (params.x !== undefined || params.u !== undefined) {
    const x = parseNumbers(params.x ?? '', 'Параметр x', 24);
    const u = parseNumbers(params.u ?? '', 'Параметр u', 7);
    if (!x.ok) return x.error;
    if (!u.ok) return u.error;
    if (u.value.length > x.value.length) return 'Ядро u не може бути довшим за сигнал x.';
    return { id: 'custom', x: x.value, u: u.value };
  }
  const id = params.example?.trim() || '1';
  const example = EXAMPLES_1D.find((e) => e.id === id);
  if (example === undefined) return `Невідомий приклад «${id}»: є 1 і 2.`;
  return { id, x: example.x, u: example.u };
}
