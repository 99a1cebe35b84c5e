import { fmt, h } from './dom.ts';

export interface Strip {
  readonly element: HTMLElement;
  /** Sets the cells' text (undefined = empty) and per-cell state classes. */
  set(values: readonly (number | undefined)[], states?: readonly (string | undefined)[]): void;
  /** Moves the whole strip right by `cells` cells (for the sliding kernel). */
  shift(cells: number): void;
}

/**
 * One labelled row of number cells (signal, kernel, products, output). Widths are set in px
 * through the `--cell` custom property so the rows line up.
 */
export function createStrip(
  doc: Document,
  label: string,
  length: number,
  cell: number,
  kind: string,
): Strip {
  const cells = Array.from({ length }, () => h(doc, 'span', { class: 'cw-sc' }));
  const track = h(doc, 'span', { class: 'cw-strack' }, ...cells);
  const element = h(
    doc,
    'div',
    { class: `cw-strip cw-strip-${kind}`, style: `--cell: ${cell}px` },
    h(doc, 'span', { class: 'cw-slabel' }, label),
    track,
  );
  return {
    element,
    set(values, states = []) {
      cells.forEach((c, i) => {
        const v = values[i];
        c.textContent = v === undefined ? '' : fmt(v);
        c.className = ['cw-sc', v === undefined ? 'cw-empty' : '', states[i] ?? '']
          .filter(Boolean)
          .join(' ');
      });
    },
    shift(n) {
      track.style.transform = `translateX(${n * (cell - 1)}px)`; // cells overlap by 1px
    },
  };
}

/** Index labels 0 … n−1 above a strip. */
export function createIndexRow(doc: Document, length: number, cell: number): HTMLElement {
  const cells = Array.from({ length }, (_, i) => h(doc, 'span', { class: 'cw-sc' }, String(i)));
  return h(
    doc,
    'div',
    { class: 'cw-strip cw-strip-index', style: `--cell: ${cell}px`, 'aria-hidden': 'true' },
    h(doc, 'span', { class: 'cw-slabel' }, 'i'),
    h(doc, 'span', { class: 'cw-strack' }, ...cells),
  );
}

/** Cell width that fits `length` cells in `width` px, between 26 and 46. */
export function cellWidth(length: number, width = 700): number {
  return Math.max(26, Math.min(46, Math.floor(width / Math.max(1, length))));
}

/** Room for the cells of a strip inside `root` (its width minus padding and the label column). */
export function trackWidth(root: HTMLElement): number {
  const width = root.clientWidth;
  return width > 0 ? Math.min(700, width - 90) : 700;
}
