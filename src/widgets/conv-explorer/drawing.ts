import type { Grid } from '../../math/grid.ts';

/** One brush dab at (r, c): full ink at the centre, softer on the 4 neighbours (MNIST-like). */
export function paint(grid: Grid, r: number, c: number): Grid {
  const data = [...grid.data];
  const dab = (rr: number, cc: number, v: number) => {
    if (rr < 0 || cc < 0 || rr >= grid.rows || cc >= grid.cols) return;
    const i = rr * grid.cols + cc;
    data[i] = Math.max(data[i] ?? 0, v);
  };
  dab(r, c, 1);
  for (const [dr, dc] of [
    [-1, 0],
    [1, 0],
    [0, -1],
    [0, 1],
  ] as const) {
    dab(r + dr, c + dc, 0.6);
  }
  return { rows: grid.rows, cols: grid.cols, data };
}

export function blank(rows: number, cols: number): Grid {
  return { rows, cols, data: new Array<number>(rows * cols).fill(0) };
}

/**
 * Pointer drawing on an SVG grid of `cells()` cells per side (offset by the padding): calls
 * `onCell(r, c)` for every input cell the pointer crosses while pressed.
 */
export function attachDrawing(
  svg: Element,
  geometry: () => { readonly cells: number; readonly offset: number; readonly inner: number },
  onCell: (r: number, c: number) => void,
): () => void {
  let drawing = false;
  const at = (event: PointerEvent): void => {
    const box = svg.getBoundingClientRect();
    const { cells, offset, inner } = geometry();
    const c = Math.floor(((event.clientX - box.left) / box.width) * cells) - offset;
    const r = Math.floor(((event.clientY - box.top) / box.height) * cells) - offset;
    if (r >= 0 && c >= 0 && r < inner && c < inner) onCell(r, c);
  };
  const down = (event: Event): void => {
    if (!(event instanceof PointerEvent)) return;
    drawing = true;
    svg.setPointerCapture?.(event.pointerId);
    event.preventDefault();
    at(event);
  };
  const move = (event: Event): void => {
    if (drawing && event instanceof PointerEvent) at(event);
  };
  const up = (): void => {
    drawing = false;
  };
  svg.addEventListener('pointerdown', down);
  svg.addEventListener('pointermove', move);
  svg.addEventListener('pointerup', up);
  svg.addEventListener('pointercancel', up);
  return () => {
    svg.removeEventListener('pointerdown', down);
    svg.removeEventListener('pointermove', move);
    svg.removeEventListener('pointerup', up);
    svg.removeEventListener('pointercancel', up);
  };
}
