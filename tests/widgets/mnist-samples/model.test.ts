import { describe, expect, it } from 'vitest';
import { sampleIndices } from '../../../src/widgets/mnist-samples/model.ts';

describe('sampleIndices', () => {
  it('draws distinct indices in range, the same for the same seed', () => {
    const a = sampleIndices(8000, 24, 1);
    expect(a).toHaveLength(24);
    expect(new Set(a).size).toBe(24);
    expect(a.every((i) => Number.isInteger(i) && i >= 0 && i < 8000)).toBe(true);
    expect(sampleIndices(8000, 24, 1)).toEqual(a);
  });

  it('gives another sample for another seed', () => {
    const a = sampleIndices(8000, 24, 1);
    const b = sampleIndices(8000, 24, 2);
    expect(b).not.toEqual(a);
  });

  it('returns a permutation of everything when asked for more than there is', () => {
    const all = sampleIndices(5, 9, 3);
    expect([...all].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(sampleIndices(0, 4, 1)).toEqual([]);
  });

  it('is roughly uniform over many seeds', () => {
    const hits = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 2000; seed++)
      for (const i of sampleIndices(10, 3, seed)) hits[i]! += 1;
    // 2000 draws × 3 of 10 → 600 each on average.
    for (const h of hits) expect(Math.abs(h - 600)).toBeLessThan(90);
  });
});
