import {
  floatScalarRepr,
  scientificPadded,
  uniquePositional,
  uniqueScientific,
} from './floatFormat.ts';
import { formatExponent } from './pyNumber.ts';
import type { FloatDType } from './shortestDigits.ts';

/** Element types printed like NumPy. float64 and int64 are NumPy's implied dtypes (not shown). */
export type NumpyDType = FloatDType | 'uint8' | 'int32' | 'int64' | 'bool';

export interface ArrayReprOptions {
  readonly dtype: NumpyDType;
  /** Defaults to a 1-D array of the data's length. */
  readonly shape?: readonly number[];
  /** NumPy print options (defaults: linewidth 75, threshold 1000, edgeitems 3). */
  readonly linewidth?: number;
  readonly threshold?: number;
  readonly edgeitems?: number;
}

const IMPLIED: ReadonlySet<NumpyDType> = new Set(['float64', 'int64', 'bool']);
const isFloat = (d: NumpyDType): d is FloatDType => d === 'float32' || d === 'float64';

/** Indices of the elements NumPy looks at when a summarised array is formatted. */
function shownIndices(shape: readonly number[], summarise: boolean, edge: number): number[] {
  const out: number[] = [];
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
  const walk = (axis: number, offset: number): void => {
    if (axis === shape.length) {
      out.push(offset);
      return;
    }
    const n = shape[axis] ?? 0;
    const stride = strides[axis] ?? 1;
    const idx =
      summarise && n > 2 * edge
        ? [...Array(edge).keys(), ...Array.from({ length: edge }, (_, k) => n - edge + k)]
        : [...Array(n).keys()];
    for (const i of idx) walk(axis + 1, offset + i * stride);
  };
  walk(0, 0);
  return out;
}

type Formatter = (x: number) => string;

function floatFormatter(values: readonly number[], dtype: FloatDType): Formatter {
  const finite = values.filter(Number.isFinite);
  const absNonZero = finite.filter((v) => v !== 0).map(Math.abs);
  let exp = false;
  if (absNonZero.length > 0) {
    const max = absNonZero.reduce((a, b) => Math.max(b, a));
    const min = absNonZero.reduce((a, b) => Math.min(b, a));
    exp = max >= 1e8 || min < 0.0001 || max / min > 1000;
  }
  if (finite.length === 0) return (x) => floatScalarRepr(x, dtype);
  if (exp) {
    const parts = finite.map((v) => uniqueScientific(v, dtype));
    const precision = Math.max(...parts.map((p) => p.digits.length - 1));
    const expSize = Math.max(...parts.map((p) => formatExponent(p.exponent, 2).length - 1));
    const padLeft = Math.max(...parts.map((p) => (p.negative ? 2 : 1)));
    return (x) => {
      const s = scientificPadded(x, precision, expSize);
      return s.int.padStart(padLeft) + s.rest;
    };
  }
  const parts = finite.map((v) => uniquePositional(v, dtype));
  const padLeft = Math.max(...parts.map((p) => p.int.length));
  const padRight = Math.max(...parts.map((p) => p.frac.length));
  return (x) => {
    const p = uniquePositional(x, dtype);
    return `${p.int.padStart(padLeft)}.${p.frac.padEnd(padRight)}`;
  };
}

function intFormatter(values: readonly number[]): Formatter {
  if (values.length === 0) return String;
  const width = Math.max(...values.map((v) => String(v).length));
  return (x) => String(x).padStart(width);
}

/** NumPy's `_extendLine`: wrap before `word` if it would pass `width` (unless that cannot help). */
function extendLine(s: string, line: string, word: string, width: number, prefix: string) {
  let wrap = line.length + word.length > width;
  if (line.length <= prefix.length) wrap = false;
  if (wrap) return { s: `${s}${line.trimEnd()}\n`, line: prefix + word };
  return { s, line: line + word };
}

/** `repr(np.array(...))` in NumPy ≥ 1.14 default print options. */
export function arrayRepr(data: ArrayLike<number>, options: ArrayReprOptions): string {
  const { dtype, linewidth = 75, threshold = 1000, edgeitems = 3 } = options;
  const shape = options.shape ?? [data.length];
  const size = shape.reduce((a, b) => a * b, 1);
  const implied = IMPLIED.has(dtype) && size > 0;
  const prefix = 'array(';
  const suffix = implied ? ')' : ',';
  const summarise = size > threshold;
  const shown = shownIndices(shape, summarise, edgeitems).map((i) => Number(data[i]));
  const fmt: Formatter =
    dtype === 'bool'
      ? (x) => (x ? ' True' : 'False')
      : isFloat(dtype)
        ? floatFormatter(
            shown.map((v) => (dtype === 'float32' ? Math.fround(v) : v)),
            dtype,
          )
        : intFormatter(shown);
  const separator = ', ';
  const lineWidth = linewidth - suffix.length;
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));

  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    if (axis === shape.length) {
      const v = Number(data[offset]);
      return fmt(dtype === 'float32' ? Math.fround(v) : v);
    }
    const n = shape[axis] ?? 0;
    const stride = strides[axis] ?? 1;
    const show = summarise && 2 * edgeitems < n;
    const lead = show ? edgeitems : 0;
    const trail = show ? edgeitems : n;
    const nextHanging = `${hanging} `;
    const nextWidth = width - 1;
    const item = (i: number) => recurse(axis + 1, offset + i * stride, nextHanging, nextWidth);
    let s = '';
    if (shape.length - axis === 1) {
      const elemWidth = width - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      const add = (word: string, sep: boolean) => {
        ({ s, line } = extendLine(s, line, word, elemWidth, hanging));
        if (sep) line += separator;
      };
      for (let i = 0; i < lead; i++) add(item(i), true);
      if (show) add('...', true);
      for (let i = trail; i > 1; i--) add(item(n - i), true);
      if (n > 0) add(item(n - 1), false);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(shape.length - axis - 1);
      for (let i = 0; i < lead; i++) s += hanging + item(i) + lineSep;
      if (show) s += `${hanging}...${lineSep}`;
      for (let i = trail; i > 1; i--) s += hanging + item(n - i) + lineSep;
      if (n > 0) s += hanging + item(n - 1);
    }
    return `[${s.slice(hanging.length)}]`;
  };

  const body =
    size > 0 || shape.length === 1
      ? recurse(0, 0, ' '.repeat(1 + prefix.length), lineWidth)
      : `[], shape=(${shape.join(', ')})`;
  const arrStr = prefix + body + suffix;
  if (implied) return arrStr;
  const dtypeStr = `dtype=${dtype})`;
  const lastLine = arrStr.length - (arrStr.lastIndexOf('\n') + 1);
  const spacer =
    lastLine + dtypeStr.length + 1 > linewidth ? `\n${' '.repeat(prefix.length)}` : ' ';
  return arrStr + spacer + dtypeStr;
}

/** A NumPy scalar's repr: `0.9999036` for float32, `7` for integers. */
export function scalarRepr(x: number, dtype: NumpyDType): string {
  if (dtype === 'bool') return x ? 'True' : 'False';
  if (isFloat(dtype)) return floatScalarRepr(x, dtype);
  return String(Math.trunc(x));
}
