import { correlationWindows, flip, type Window1d } from '../../math/conv1d.ts';
import { fmt, h } from '../shared/dom.ts';
import type { Frame } from '../shared/frame.ts';
import { mountSequenceWidget, type SequenceView } from '../shared/sequenceWidget.ts';
import { cellWidth, createIndexRow, createStrip, type Strip, trackWidth } from '../shared/strip.ts';
import { FLIP_EXAMPLES } from './examples.ts';

/**
 * Correlation vs convolution on the same input: the kernel slides as is, and flipped.
 * Params: `example` (impulse, ramp, pattern) or `x` and `u`.
 */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  return mountSequenceWidget(element, params, {
    name: 'conv-vs-corr',
    label: 'Згортка і взаємна кореляція: перевертання ядра',
    examples: FLIP_EXAMPLES,
    defaultExample: 'impulse',
    createView: createFlipView,
  });
}

function createFlipView({ doc, root }: Frame): SequenceView {
  let x: readonly number[] = [];
  let u: readonly number[] = [];
  let corr: Window1d[] = [];
  let conv: Window1d[] = [];
  let strips: Record<'x' | 'u' | 'f' | 'yc' | 'yv', Strip> | undefined;
  const kernels = h(doc, 'p', { class: 'cw-caption cw-kernels' });
  const stage = h(doc, 'div', { class: 'cw-stage1d' });
  const corrLine = h(doc, 'p', { class: 'cw-formula' });
  const convLine = h(doc, 'p', { class: 'cw-formula cw-formula-alt' });
  const note = h(
    doc,
    'p',
    { class: 'cw-caption' },
    'Згортка — це кореляція з перевернутим ядром; для симетричного ядра результати збігаються.',
  );

  const setData = (nx: readonly number[], nu: readonly number[]): number => {
    x = nx;
    u = nu;
    corr = correlationWindows(x, u);
    conv = correlationWindows(x, flip(u));
    const cell = cellWidth(x.length, trackWidth(root));
    strips = {
      x: createStrip(doc, 'x', x.length, cell, 'x'),
      u: createStrip(doc, 'u', u.length, cell, 'u'),
      f: createStrip(doc, 'ũ', u.length, cell, 'f'),
      yc: createStrip(doc, 'x ⋆ u', corr.length, cell, 'y'),
      yv: createStrip(doc, 'x ∗ u', conv.length, cell, 'y'),
    };
    stage.replaceChildren(
      createIndexRow(doc, x.length, cell),
      strips.x.element,
      strips.u.element,
      strips.yc.element,
      strips.f.element,
      strips.yv.element,
    );
    kernels.textContent = `Ядро u = (${u.map((v) => fmt(v)).join(', ')}), перевернуте ũ = (${flip(u)
      .map((v) => fmt(v))
      .join(', ')}). ⋆ — кореляція, ∗ — згортка.`;
    return corr.length;
  };

  const render = (position: number): void => {
    if (strips === undefined) return;
    const at = Math.max(0, position - 1);
    const active = position > 0;
    const hot = x.map((_, k) => (active && k >= at && k < at + u.length ? 'cw-hot' : undefined));
    strips.x.set(x, hot);
    const kernelState = active ? 'cw-kernel' : 'cw-kernel cw-dim';
    strips.u.set(
      u,
      u.map(() => kernelState),
    );
    strips.f.set(
      flip(u),
      u.map(() => `${kernelState} cw-flipped`),
    );
    strips.u.shift(at);
    strips.f.shift(at);
    const outputs = (ws: Window1d[]) => ws.map((w, k) => (k < position ? w.sum : undefined));
    const current = corr.map((_, k) => (k === position - 1 ? 'cw-current' : undefined));
    strips.yc.set(outputs(corr), current);
    strips.yv.set(outputs(conv), current);
    const c = corr[position - 1];
    const v = conv[position - 1];
    corrLine.textContent = c ? `кореляція: ${sumText(c)}` : 'Натисніть «▶» або «▶|».';
    convLine.textContent = v ? `згортка:   ${sumText(v)}` : '';
  };

  return { elements: [kernels, stage, corrLine, convLine, note], setData, render };
}

function sumText(w: Window1d): string {
  const paren = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));
  return `${w.terms.map((t) => `${paren(t.x)}·${paren(t.u)}`).join(' + ')} = ${fmt(w.sum)}`;
}
