import { correlationWindows, type Window1d } from '../../math/conv1d.ts';
import { fmt, h } from '../shared/dom.ts';
import type { Frame } from '../shared/frame.ts';
import { mountSequenceWidget, type SequenceView } from '../shared/sequenceWidget.ts';
import { cellWidth, createIndexRow, createStrip, trackWidth } from '../shared/strip.ts';
import { EXAMPLES_1D } from './examples.ts';

/**
 * 1D correlation (the lecture's ⊛): the kernel slides along the signal, products and sum
 * shown, the output built one value per step. Params: `example` (1, 2), or `x` and `u`.
 */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  return mountSequenceWidget(element, params, {
    name: 'conv1d',
    label: 'Одновимірна згортка: ядро ковзає вздовж сигналу',
    examples: EXAMPLES_1D,
    defaultExample: '1',
    createView: createConv1dView,
  });
}

function createConv1dView({ doc, root }: Frame): SequenceView {
  let x: readonly number[] = [];
  let u: readonly number[] = [];
  let windows: Window1d[] = [];
  const stage = h(doc, 'div', { class: 'cw-stage1d' });
  const formula = h(doc, 'p', { class: 'cw-formula', 'aria-live': 'polite' });
  const sizes = h(doc, 'p', { class: 'cw-caption' });
  let strips: ReturnType<typeof buildStrips> | undefined;

  const setData = (nx: readonly number[], nu: readonly number[]): number => {
    x = nx;
    u = nu;
    windows = correlationWindows(x, u);
    strips = buildStrips(doc, stage, x.length, u.length, trackWidth(root));
    sizes.textContent = `W = ${x.length}, w = ${u.length} → вихід має W − w + 1 = ${windows.length} значень`;
    return windows.length;
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

  return { elements: [stage, formula, sizes], setData, render };
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
