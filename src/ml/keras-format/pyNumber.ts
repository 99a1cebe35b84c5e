/**
 * Correctly rounded decimal formatting with Python/NumPy tie-breaking (round half to even on
 * the exact binary value). JavaScript's toFixed/toExponential round exact ties away from zero
 * (`(2.5).toFixed(0) === '3'`, Python's `f'{2.5:.0f}' === '2'`); everything else agrees.
 */

/** Extra digits inspected to recognise an exact tie. */
const TIE_PROBE = 25;

function isExactTie(extraDigits: string): boolean {
  return /^50*$/.test(extraDigits);
}

/** Like Python's `f'{x:.{digits}f}'` for finite x. */
export function pyFixed(x: number, digits: number): string {
  const rounded = x.toFixed(digits);
  const probe = Math.abs(x).toFixed(Math.min(100, digits + 1 + TIE_PROBE));
  const cut = probe.indexOf('.') + (digits === 0 ? 0 : digits + 1);
  const kept = probe.slice(0, digits === 0 ? probe.indexOf('.') : cut);
  const rest = probe.slice(digits === 0 ? probe.indexOf('.') + 1 : cut);
  if (!isExactTie(rest)) return rounded;
  const last = Number(kept[kept.length - 1]);
  if (last % 2 === 1) return rounded; // odd: rounding away from zero reaches the even digit
  return (x < 0 || Object.is(x, -0) ? '-' : '') + kept;
}

/** Mantissa digits (no dot) and decimal exponent of x rounded to `fracDigits` + 1 significant digits. */
export interface SciParts {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

function splitExponential(s: string): SciParts {
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const [mant = '', exp = '0'] = body.split('e');
  return { negative, digits: mant.replace('.', ''), exponent: Number(exp) };
}

/** Like Python's `f'{x:.{fracDigits}e}'` split into parts, half-even on exact ties. */
export function pySci(x: number, fracDigits: number): SciParts {
  const rounded = splitExponential(x.toExponential(fracDigits));
  const probe = splitExponential(
    Math.abs(x).toExponential(Math.min(100, fracDigits + 1 + TIE_PROBE)),
  );
  const rest = probe.digits.slice(fracDigits + 1);
  if (!isExactTie(rest)) return rounded;
  const kept = probe.digits.slice(0, fracDigits + 1);
  if (Number(kept[kept.length - 1]) % 2 === 1) return rounded;
  return { negative: x < 0, digits: kept, exponent: probe.exponent };
}

/** Python's `f'{x:.{fracDigits}e}'`: `1.2340e-04`, exponent at least two digits. */
export function pyExp(x: number, fracDigits: number, expDigits = 2): string {
  const p = pySci(x, fracDigits);
  const mant = p.digits.length > 1 ? `${p.digits[0]}.${p.digits.slice(1)}` : p.digits;
  return `${p.negative ? '-' : ''}${mant}e${formatExponent(p.exponent, expDigits)}`;
}

export function formatExponent(exponent: number, minDigits: number): string {
  return (exponent < 0 ? '-' : '+') + String(Math.abs(exponent)).padStart(minDigits, '0');
}

/** Python's `'%d' % x` for a float: truncation toward zero. */
export function pyIntTrunc(x: number): string {
  return String(Math.trunc(x));
}
