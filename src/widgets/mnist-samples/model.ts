import { mulberry32 } from '../../ml/data/random.ts';

/**
 * `count` distinct indices out of `total`, drawn by a seeded PRNG (the same seed gives the
 * same sample, so the first view is reproducible; "Інші приклади" moves to the next seed).
 * Partial Fisher–Yates: O(count) memory besides a small map.
 */
export function sampleIndices(total: number, count: number, seed: number): number[] {
  const n = Math.max(0, Math.min(count, total));
  const random = mulberry32(seed);
  const swapped = new Map<number, number>();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (total - i));
    const atJ = swapped.get(j) ?? j;
    const atI = swapped.get(i) ?? i;
    swapped.set(j, atI);
    out.push(atJ);
  }
  return out;
}
