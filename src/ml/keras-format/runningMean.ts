/**
 * Sample-weighted running means of per-batch metrics, as Keras's `Mean` metrics compute the
 * values `fit` shows (each batch's loss/accuracy weighted by its number of samples).
 */
export interface RunningMean {
  add(values: Readonly<Record<string, number>>, batchSize: number): void;
  /** Current means in insertion order, ready for `Progbar.update` with stateful metrics. */
  values(): [string, number][];
  reset(): void;
}

export function createRunningMean(): RunningMean {
  const sums = new Map<string, { sum: number; weight: number }>();
  return {
    add(values, batchSize) {
      for (const [k, v] of Object.entries(values)) {
        const s = sums.get(k) ?? { sum: 0, weight: 0 };
        s.sum += v * batchSize;
        s.weight += batchSize;
        sums.set(k, s);
      }
    },
    values() {
      return [...sums].map(([k, s]) => [k, s.weight > 0 ? s.sum / s.weight : 0]);
    },
    reset() {
      sums.clear();
    },
  };
}
