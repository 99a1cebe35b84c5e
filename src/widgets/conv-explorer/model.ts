import { outputSize, type Padding } from '../../math/conv2d.ts';

/** The formula with the current numbers, e.g. "O = (28 − 3 + 2·1) / 1 + 1 = 28". */
export function formulaText(
  size: number,
  kernel: number,
  padding: Padding,
  stride: number,
): string {
  const pad =
    padding.start === padding.end ? `2·${padding.start}` : `${padding.start} + ${padding.end}`;
  const span = size - kernel + padding.start + padding.end;
  const o = outputSize(size, kernel, padding, stride);
  const exact = span / stride + 1;
  const floor = Number.isInteger(exact) ? '' : ` = ⌊${fmtNum(exact)}⌋`;
  const tail = span < 0 ? ' < 1: фільтр не вміщується' : `${floor} = ${o}`;
  return `O = (${size} − ${kernel} + ${pad}) / ${stride} + 1${tail}`;
}

function fmtNum(v: number): string {
  return String(Math.round(v * 100) / 100).replace('-', '−');
}
