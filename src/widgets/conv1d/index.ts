import { correlationWindows, type Window1d } from '../../math/conv1d.ts';
import { fmt, h } from '../shared/dom.ts';
import { flag, mountFrame } from '../shared/frame.ts';
import type { Player } from '../shared/player.ts';
import { createSequenceInput, initialSequences } from '../shared/sequenceInput.ts';
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
  const initial = initialSequences(params, EXAMPLES_1D, '1');
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
  const input = createSequenceInput(doc, EXAMPLES_1D, initial.id, (nx, nu) => setData(nx, nu));
  body.append(...input.elements, stage, formula, sizes);

  let strips: ReturnType<typeof buildStrips> | undefined;
  let player: Player | undefined;
  const setData = (nx: readonly number[], nu: readonly number[]): void => {
    x = nx;
    u = nu;
    windows = correlationWindows(x, u);
    strips = buildStrips(doc, stage, x.length, u.length, trackWidth(frame.root));
    input.setValues(x, u);
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
  frame.onDispose(() => input.dispose());
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
