import { describe, expect, it } from 'vitest';
import { correctRange, curveOf } from '../../../src/widgets/invariance/model.ts';
import { positionOf, shiftPath } from '../../../src/widgets/shared/shiftPath.ts';

const onehot = (k: number, p = 0.9) =>
  Array.from({ length: 10 }, (_, i) => (i === k ? p : (1 - p) / 9));

describe('prediction under shifts', () => {
  const shifts = [-3, -2, -1, 0, 1, 2, 3];

  it('reads P(true class) and the predicted class per shift', () => {
    const curve = curveOf(
      shifts,
      [1, 7, 7, 7, 7, 7, 2].map((k) => onehot(k)),
      7,
    );
    expect(curve.map((c) => c.predicted)).toEqual([1, 7, 7, 7, 7, 7, 2]);
    expect(curve[0]?.p).toBeCloseTo(0.1 / 9, 12);
    expect(curve[3]?.p).toBeCloseTo(0.9, 12);
  });

  it('finds the run of right answers around dx = 0, not beyond a wrong one', () => {
    const curve = curveOf(
      shifts,
      [7, 1, 7, 7, 7, 7, 2].map((k) => onehot(k)),
      7,
    );
    expect(correctRange(curve, 7)).toEqual({ from: -1, to: 2 });
    const all = curveOf(
      shifts,
      shifts.map(() => onehot(4)),
      4,
    );
    expect(correctRange(all, 4)).toEqual({ from: -3, to: 3 });
    expect(correctRange(all, 5)).toBeUndefined();
  });
});

describe('the shift animation path', () => {
  it('starts and ends unshifted and visits every shift in the range', () => {
    const path = shiftPath(3);
    expect(path).toEqual([0, 1, 2, 3, 2, 1, 0, -1, -2, -3, -2, -1, 0]);
    for (let v = -3; v <= 3; v++) expect(path).toContain(v);
    expect(positionOf(path, -2)).toBe(8);
    expect(positionOf(path, 5)).toBe(-1);
  });
});
