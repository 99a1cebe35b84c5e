import { argmax } from '../../math/grid.ts';

/** One point of the curve: the shift, P(true class) and the predicted class. */
export interface CurvePoint {
  readonly dx: number;
  readonly p: number;
  readonly predicted: number;
}

/** P(label) and the prediction for each shift (probabilities[i] belongs to shifts[i]). */
export function curveOf(
  shifts: readonly number[],
  probabilities: readonly ArrayLike<number>[],
  label: number,
): CurvePoint[] {
  return shifts.map((dx, i) => {
    const probs = probabilities[i] ?? [];
    return { dx, p: probs[label] ?? 0, predicted: argmax(probs).index };
  });
}

/**
 * The contiguous run of shifts around dx = 0 where the prediction is still right, or
 * undefined when even the unshifted digit is misclassified.
 */
export function correctRange(
  curve: readonly CurvePoint[],
  label: number,
): { from: number; to: number } | undefined {
  const zero = curve.findIndex((c) => c.dx === 0);
  if (zero < 0 || curve[zero]?.predicted !== label) return undefined;
  let lo = zero;
  let hi = zero;
  while (lo > 0 && curve[lo - 1]?.predicted === label) lo--;
  while (hi < curve.length - 1 && curve[hi + 1]?.predicted === label) hi++;
  return { from: curve[lo]?.dx ?? 0, to: curve[hi]?.dx ?? 0 };
}
