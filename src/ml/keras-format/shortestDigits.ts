import { pySci, type SciParts } from './pyNumber.ts';

/** The element types NumPy output is produced for. */
export type FloatDType = 'float32' | 'float64';

const roundTo: Record<FloatDType, (x: number) => number> = {
  float32: Math.fround,
  float64: (x) => x,
};

function partsValue(p: SciParts): number {
  const mant = p.digits.length > 1 ? `${p.digits[0]}.${p.digits.slice(1)}` : p.digits;
  return Number(`${p.negative ? '-' : ''}${mant}e${p.exponent}`);
}

/** The p-digit decimal one unit in the last place away from `p` (up or down), normalised. */
function neighbour(p: SciParts, step: 1 | -1): SciParts {
  const n = BigInt(p.digits) + BigInt(step);
  let digits = n.toString();
  let exponent = p.exponent;
  if (digits.length > p.digits.length) {
    exponent += 1;
    digits = digits.slice(0, p.digits.length);
  } else if (digits.length < p.digits.length || digits === '0') {
    return p; // crossing a power of ten downwards: the rounded candidate is enough
  }
  return { negative: p.negative, digits, exponent };
}

/**
 * Shortest significant digits that round-trip through the dtype (NumPy's Dragon4 "unique"
 * mode): for float32, the fewest digits d such that `Math.fround(d) === x`; among candidates
 * of that length the one closest to x. Returns trailing-zero-free digits.
 */
export function shortestDigits(x: number, dtype: FloatDType): SciParts {
  if (x === 0 || !Number.isFinite(x))
    return { negative: Object.is(x, -0), digits: '0', exponent: 0 };
  if (dtype === 'float64') return float64Shortest(x);
  const round = roundTo[dtype];
  for (let sig = 1; sig <= 17; sig++) {
    const base = pySci(x, sig - 1);
    const candidates = [base, neighbour(base, -1), neighbour(base, 1)].filter(
      (c) => round(partsValue(c)) === x,
    );
    if (candidates.length > 0) {
      candidates.sort((a, b) => Math.abs(partsValue(a) - x) - Math.abs(partsValue(b) - x));
      return stripZeros(candidates[0] as SciParts);
    }
  }
  return stripZeros(pySci(x, 16));
}

function stripZeros(p: SciParts): SciParts {
  const digits = p.digits.replace(/0+$/, '') || '0';
  return { ...p, digits };
}

/** float64: JavaScript's own shortest round-trip (same as Python's repr). */
function float64Shortest(x: number): SciParts {
  const [mant = '', exp = '0'] = Math.abs(x).toExponential().split('e');
  return stripZeros({ negative: x < 0, digits: mant.replace('.', ''), exponent: Number(exp) });
}
