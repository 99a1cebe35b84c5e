import type { ConvResult, Window2d } from '../../math/conv2d.ts';
import type { Grid } from '../../math/grid.ts';
import { mapColors, signedColor } from '../shared/colors.ts';
import { fmt, h } from '../shared/dom.ts';
import { createGridView, type GridView } from '../shared/gridView.ts';

export interface Panels {
  readonly input: GridView;
  readonly products: GridView;
  readonly output: GridView;
  /** Draws step `position` (0 = nothing computed yet). */
  render(position: number, windowAt: (k: number) => Window2d): void;
  /** Whether `update` can take this configuration (same grid sizes). */
  fits(result: ConvResult, kernel: Grid): boolean;
  /** New values for the same grid sizes (drawing, weight edits): no DOM rebuilt. */
  update(result: ConvResult, kernel: Grid): void;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The three panels' grids for one configuration: padded input (with the sliding window),
 * products of the current window, and the output map filling in.
 */
export function createPanels(
  doc: Document,
  slots: {
    readonly input: HTMLElement;
    readonly products: HTMLElement;
    readonly output: HTMLElement;
  },
  result: ConvResult,
  kernel: Grid,
  sumLine: HTMLElement,
): Panels {
  let { padded, output } = result;
  const { padding } = result;
  let currentKernel = kernel;
  const numeric = padded.cols <= 13;
  const inputCell = clamp(Math.floor(250 / padded.cols), 6, 44);
  const input = createGridView(doc, {
    rows: padded.rows,
    cols: padded.cols,
    cell: inputCell,
    numbers: numeric,
    padding,
    label: 'Вхід із доповненням',
  });
  const productCell =
    kernel.rows <= 3 ? 44 : Math.floor((kernel.rows >= 5 ? 120 : 150) / kernel.rows);
  const products = createGridView(doc, {
    rows: kernel.rows,
    cols: kernel.cols,
    cell: productCell,
    numbers: kernel.rows <= 5,
    digits: kernel.rows <= 3 ? 2 : 1,
    label: 'Добутки вікна на ядро',
  });
  const outputCell = clamp(Math.floor(230 / Math.max(1, output.cols)), 6, 44);
  const out = createGridView(doc, {
    rows: output.rows,
    cols: output.cols,
    cell: outputCell,
    numbers: output.cols <= 8,
    label: 'Вихідна карта ознак',
  });
  slots.input.replaceChildren(input.element);
  slots.products.replaceChildren(products.element);
  slots.output.replaceChildren(out.element);
  let outColor = mapColors(output.data);
  let maxProduct = 1;
  const setInput = (): void => {
    input.setValues(padded.data, mapColors(padded.data));
    outColor = mapColors(output.data);
    maxProduct = Math.max(1e-9, ...currentKernel.data.map(Math.abs)) * Math.max(1, ...padded.data);
  };
  setInput();

  return {
    input,
    products,
    output: out,
    fits(next, nextKernel) {
      return (
        next.padded.cols === padded.cols &&
        next.output.cols === output.cols &&
        next.padding.start === padding.start &&
        nextKernel.rows === currentKernel.rows
      );
    },
    update(next, nextKernel) {
      padded = next.padded;
      output = next.output;
      currentKernel = nextKernel;
      setInput();
    },
    render(position, windowAt) {
      const shown = output.data.map((v, i) => (i < position ? v : undefined));
      out.setValues(shown, outColor);
      if (position === 0) {
        input.setWindow(undefined);
        input.setCorner(new Map());
        products.setValues(
          currentKernel.data.map(() => undefined),
          () => '',
        );
        out.setWindow(undefined);
        sumLine.textContent = 'Натисніть «▶» або «▶|»: вікно пройде по входу.';
        return;
      }
      const w = windowAt(position - 1);
      input.setWindow({
        top: w.top,
        left: w.left,
        rows: currentKernel.rows,
        cols: currentKernel.cols,
      });
      if (numeric) {
        input.setCorner(new Map(w.terms.map((t) => [t.r * padded.cols + t.c, fmt(t.k)])));
      }
      products.setValues(
        w.terms.map((t) => t.product),
        (v) => signedColor(v, maxProduct),
      );
      out.setWindow({ top: w.row, left: w.col, rows: 1, cols: 1 });
      sumLine.textContent = sumText(w, numeric && currentKernel.rows <= 3);
    },
  };
}

function sumText(w: Window2d, full: boolean): string {
  const paren = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));
  const head = `вихід[${w.row}, ${w.col}] = `;
  if (full) {
    return `${head}${w.terms.map((t) => `${paren(t.x)}·${paren(t.k)}`).join(' + ')} = ${fmt(w.sum)}`;
  }
  return `${head}сума ${w.terms.length} добутків = ${fmt(w.sum)}`;
}

/** The panel frame: a title line and a slot for the grid. */
export function panel(doc: Document, title: HTMLElement, ...extra: HTMLElement[]) {
  const slot = h(doc, 'div', { class: 'cw-slot' });
  return { element: h(doc, 'div', { class: 'cw-panel' }, title, ...extra, slot), slot };
}
