/**
 * The animation path of a shift slider: 0 → +range → −range → 0 in unit steps, so that every
 * shift in [−range, range] appears and position 0 is "no shift".
 */
export function shiftPath(range: number): number[] {
  const path: number[] = [];
  for (let v = 0; v < range; v++) path.push(v);
  for (let v = range; v > -range; v--) path.push(v);
  for (let v = -range; v <= 0; v++) path.push(v);
  return path;
}

/** The first position of `value` on the path (−1 when absent). */
export function positionOf(path: readonly number[], value: number): number {
  return path.indexOf(value);
}
