import { h } from './dom.ts';

export interface ShiftSliders {
  readonly element: HTMLElement;
  /** Shows the shift without firing `onInput`. */
  set(dx: number, dy: number): void;
  dispose(): void;
}

/** Two labelled range inputs, dx (right +) and dy (down +), in whole pixels. */
export function createShiftSliders(
  doc: Document,
  range: number,
  onInput: (axis: 'dx' | 'dy', value: number) => void,
): ShiftSliders {
  const make = (axis: 'dx' | 'dy', label: string) => {
    const input = h(doc, 'input', {
      type: 'range',
      min: -range,
      max: range,
      step: 1,
      value: 0,
      'data-control': axis,
      'aria-label': label,
    });
    const out = h(doc, 'output', {}, '0');
    const listener = (): void => {
      out.textContent = fmtShift(Number(input.value));
      onInput(axis, Number(input.value));
    };
    input.addEventListener('input', listener);
    const wrapper = h(doc, 'label', { class: 'cw-slider' }, h(doc, 'span', {}, label), input, out);
    return { input, out, wrapper, listener };
  };
  const x = make('dx', 'Зсув по x');
  const y = make('dy', 'Зсув по y');
  return {
    element: h(doc, 'div', { class: 'cw-sliders' }, x.wrapper, y.wrapper),
    set(dx, dy) {
      x.input.value = String(dx);
      y.input.value = String(dy);
      x.out.textContent = fmtShift(dx);
      y.out.textContent = fmtShift(dy);
    },
    dispose() {
      x.input.removeEventListener('input', x.listener);
      y.input.removeEventListener('input', y.listener);
    },
  };
}

/** "+3 px", "−2 px", "0 px". */
export function fmtShift(v: number): string {
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)} px`;
}
