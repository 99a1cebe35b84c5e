import { formatExponent, pyFixed, pySci, type SciParts } from './pyNumber.ts';
import { type FloatDType, shortestDigits } from './shortestDigits.ts';

/** NumPy's default print precision (`np.get_printoptions()['precision']`). */
export const NUMPY_PRECISION = 8;

/** Positional text of decimal parts: `digits` = d1 d2 …, value 0.d1d2… × 10^(exponent+1). */
export function positionalFromParts(p: SciParts): { int: string; frac: string } {
  const point = p.exponent + 1;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + p.digits;
  } else if (point >= p.digits.length) {
    int = p.digits + '0'.repeat(point - p.digits.length);
    frac = '';
  } else {
    int = p.digits.slice(0, point);
    frac = p.digits.slice(point);
  }
  frac = frac.replace(/0+$/, '');
  return { int: (p.negative ? '-' : '') + int, frac };
}

/** Dragon4 scientific, unique digits capped at `precision` fraction digits, trailing zeros trimmed. */
export function uniqueScientific(
  x: number,
  dtype: FloatDType,
  precision = NUMPY_PRECISION,
): SciParts {
  const shortest = shortestDigits(x, dtype);
  if (shortest.digits.length - 1 <= precision) return shortest;
  const capped = pySci(x, precision);
  return { ...capped, digits: capped.digits.replace(/0+$/, '') || '0' };
}

/** Dragon4 positional, unique digits capped at `precision` fraction digits; `{int, frac}`. */
export function uniquePositional(
  x: number,
  dtype: FloatDType,
  precision = NUMPY_PRECISION,
): { int: string; frac: string } {
  const pos = positionalFromParts(shortestDigits(x, dtype));
  if (pos.frac.length <= precision) return pos;
  const [int = '0', frac = ''] = pyFixed(x, precision).split('.');
  return { int, frac: frac.replace(/0+$/, '') };
}

/** Scientific text with exactly `fracDigits` mantissa fraction digits (NumPy `min_digits`). */
export function scientificPadded(
  x: number,
  fracDigits: number,
  expDigits: number,
): { int: string; rest: string } {
  const p = pySci(x, fracDigits);
  const int = (p.negative ? '-' : '') + p.digits.slice(0, 1);
  const frac = p.digits.slice(1);
  return { int, rest: `.${frac}e${formatExponent(p.exponent, expDigits)}` };
}

/**
 * A NumPy float scalar's repr (NumPy 1.x `repr(np.float32(x))`): positional with at least one
 * fraction digit for 1e-4 ≤ |x| < 1e16 or 0, otherwise scientific (`1e-05`, `1.5e+16`).
 */
export function floatScalarRepr(x: number, dtype: FloatDType = 'float32'): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const v = dtype === 'float32' ? Math.fround(x) : x;
  const abs = Math.abs(v);
  const p = shortestDigits(v, dtype);
  if (v === 0 || (abs >= 1e-4 && abs < 1e16)) {
    const pos = positionalFromParts(p);
    return `${pos.int}.${pos.frac || '0'}`;
  }
  const mant = p.digits.length > 1 ? `${p.digits[0]}.${p.digits.slice(1)}` : p.digits;
  return `${p.negative ? '-' : ''}${mant}e${formatExponent(p.exponent, 2)}`;
}
