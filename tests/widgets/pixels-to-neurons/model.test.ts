import { describe, expect, it } from 'vitest';
import { neuronRange } from '../../../src/widgets/pixels-to-neurons/model.ts';

describe('pixels to neurons', () => {
  it('maps the 28 rows onto consecutive blocks covering all 784 neurons', () => {
    const ranges = Array.from({ length: 28 }, (_, r) => neuronRange(r, 28));
    expect(ranges[0]).toEqual({ first: 0, last: 27 });
    expect(ranges[11]).toEqual({ first: 308, last: 335 });
    expect(ranges[27]).toEqual({ first: 756, last: 783 });
    ranges.slice(1).forEach((range, i) => {
      expect(range.first).toBe((ranges[i]?.last ?? -2) + 1);
    });
  });
});
