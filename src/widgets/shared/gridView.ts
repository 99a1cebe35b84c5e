import { needsDarkText } from './colors.ts';
import { fmt, s } from './dom.ts';

export interface GridViewOptions {
  readonly rows: number;
  readonly cols: number;
  /** Cell size in px (SVG user units). */
  readonly cell: number;
  /** Print values in the cells (small grids only). */
  readonly numbers: boolean;
  /** Decimals printed (default 2). */
  readonly digits?: number;
  /** Cells outside [inner.start, rows − inner.end) are drawn as padding (dashed). */
  readonly padding?: { readonly start: number; readonly end: number };
  readonly label: string;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface GridView {
  readonly element: SVGSVGElement;
  /** Colours (and prints) every cell; `undefined` values are drawn empty. */
  setValues(values: readonly (number | undefined)[], color: (v: number) => string): void;
  /** The sliding window outline, or none. */
  setWindow(rect: Rect | undefined): void;
  /** A ring around single cells (e.g. the maximum of a pooling window). */
  setMarks(cells: readonly number[]): void;
  /** Small labels in the corner of cells (e.g. kernel weights under the window). */
  setCorner(labels: ReadonlyMap<number, string>): void;
}

/** A crisp, scalable grid of cells drawn in SVG (survives the slide's CSS scaling). */
export function createGridView(doc: Document, options: GridViewOptions): GridView {
  const { rows, cols, cell } = options;
  const width = cols * cell;
  const height = rows * cell;
  const svg = s(doc, 'svg', {
    class: 'cw-grid',
    viewBox: `-1 -1 ${width + 2} ${height + 2}`,
    width: width + 2,
    height: height + 2,
    role: 'img',
    'aria-label': options.label,
  });
  const pad = options.padding ?? { start: 0, end: 0 };
  const isPad = (r: number, c: number) =>
    r < pad.start || c < pad.start || r >= rows - pad.end || c >= cols - pad.end;
  const rects: SVGRectElement[] = [];
  const texts: (SVGTextElement | undefined)[] = [];
  const corners: (SVGTextElement | undefined)[] = [];
  const cellsLayer = s(doc, 'g');
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const rect = s(doc, 'rect', {
        x: c * cell,
        y: r * cell,
        width: cell,
        height: cell,
        class: isPad(r, c) ? 'cw-cell cw-pad' : 'cw-cell',
      });
      rects.push(rect);
      cellsLayer.append(rect);
      if (options.numbers) {
        const text = s(doc, 'text', {
          x: c * cell + cell / 2,
          y: r * cell + cell / 2,
          class: 'cw-num',
          'font-size': Math.round(cell * 0.42),
        });
        const corner = s(doc, 'text', {
          x: c * cell + cell - 2,
          y: r * cell + cell - 3,
          class: 'cw-corner',
          'font-size': Math.round(cell * 0.28),
        });
        texts.push(text);
        corners.push(corner);
        cellsLayer.append(text, corner);
      }
    }
  }
  const marks = s(doc, 'g', { class: 'cw-marks' });
  const windowRect = s(doc, 'rect', { class: 'cw-window', visibility: 'hidden' });
  svg.append(cellsLayer, marks, windowRect);

  return {
    element: svg,
    setValues(values, color) {
      rects.forEach((rect, i) => {
        const v = values[i];
        const fill = v === undefined ? 'transparent' : color(v);
        rect.setAttribute('fill', fill);
        const text = texts[i];
        if (text === undefined) return;
        text.textContent = v === undefined ? '' : fmt(v, options.digits ?? 2);
        text.setAttribute('fill', needsDarkText(fill) ? '#000' : '#fff');
      });
    },
    setWindow(rect) {
      if (rect === undefined) {
        windowRect.setAttribute('visibility', 'hidden');
        return;
      }
      windowRect.setAttribute('visibility', 'visible');
      windowRect.setAttribute('x', String(rect.left * cell));
      windowRect.setAttribute('y', String(rect.top * cell));
      windowRect.setAttribute('width', String(rect.cols * cell));
      windowRect.setAttribute('height', String(rect.rows * cell));
    },
    setMarks(cells) {
      marks.replaceChildren(
        ...cells.map((i) =>
          s(doc, 'rect', {
            x: (i % cols) * cell + 2,
            y: Math.floor(i / cols) * cell + 2,
            width: cell - 4,
            height: cell - 4,
            class: 'cw-mark',
          }),
        ),
      );
    },
    setCorner(labels) {
      corners.forEach((corner, i) => {
        if (corner !== undefined) corner.textContent = labels.get(i) ?? '';
      });
    },
  };
}
