import { pyExp, pyFixed, pyIntTrunc } from './pyNumber.ts';

/** A metric name and its value for the current step (Keras passes `list(logs.items())`). */
export type ProgbarValues = readonly (readonly [string, number])[];

export interface ProgbarOptions {
  /** Total number of steps, or null when unknown. */
  readonly target: number | null;
  /** Bar width in characters (Keras: 30). */
  readonly width?: number;
  /** `step` (fit/evaluate count batches) or `sample`. */
  readonly unitName?: string;
  /**
   * Metrics whose values are shown as given (Keras's fit passes the model's running means,
   * so every metric is stateful there). Others are averaged over the steps seen, as Keras's
   * Progbar does.
   */
  readonly statefulMetrics?: readonly string[];
}

export interface Progbar {
  /**
   * The line for step `current` at time `nowSeconds` (same clock as the start time), without
   * `\r`/`\b` or newline. `finalize` defaults to `current >= target`.
   */
  update(current: number, values: ProgbarValues, nowSeconds: number, finalize?: boolean): string;
}

/** Keras's `_format_time`: ` 5ms/step`, ` 2s/step`, ` 350us/step`. */
export function formatStepTime(secondsPerUnit: number, unitName: string): string {
  if (secondsPerUnit >= 1 || secondsPerUnit === 0)
    return ` ${pyFixed(secondsPerUnit, 0)}s/${unitName}`;
  if (secondsPerUnit >= 1e-3) return ` ${pyFixed(secondsPerUnit * 1e3, 0)}ms/${unitName}`;
  return ` ${pyFixed(secondsPerUnit * 1e6, 0)}us/${unitName}`;
}

/** Keras's ETA text: `2s`, `1:05`, `1:02:03` (truncated, not rounded). */
export function formatEta(eta: number): string {
  const pad2 = (n: number) => pyIntTrunc(n).padStart(2, '0');
  if (eta > 3600)
    return `${pyIntTrunc(Math.floor(eta / 3600))}:${pad2(Math.floor((eta % 3600) / 60))}:${pad2(eta % 60)}`;
  if (eta > 60) return `${pyIntTrunc(Math.floor(eta / 60))}:${pad2(eta % 60)}`;
  return `${pyIntTrunc(eta)}s`;
}

/** A metric value as Keras shows it: 4 decimals, or `1.2340e-04` when |v| ≤ 1e-3. */
export function formatMetric(v: number): string {
  return Math.abs(v) > 1e-3 ? pyFixed(v, 4) : pyExp(v, 4);
}

/** The bar itself: `469/469 [==============================]`, ` 12/469 [>.....]`. */
export function formatBar(current: number, target: number | null, width = 30): string {
  if (target === null) return `${String(current).padStart(7)}/Unknown`;
  const digits = Math.floor(Math.log10(target)) + 1;
  let bar = `${String(current).padStart(digits)}/${target} [`;
  const progWidth = Math.floor((width * current) / target);
  if (progWidth > 0) {
    bar += '='.repeat(progWidth - 1);
    bar += current < target ? '>' : '=';
  }
  bar += '.'.repeat(Math.max(0, width - progWidth));
  return `${bar}]`;
}

/** A Keras 2.15 `Progbar` (verbose=1) that renders lines instead of writing to a terminal. */
export function createProgbar(options: ProgbarOptions, startSeconds: number): Progbar {
  const { target, width = 30, unitName = 'step' } = options;
  const stateful = new Set(options.statefulMetrics ?? []);
  const order: string[] = [];
  const sums = new Map<string, [number, number]>();
  let seenSoFar = 0;
  let timeAfterFirstStep: number | null = null;

  const stepDuration = (current: number, now: number): number => {
    if (!current) return 0;
    const perUnit =
      timeAfterFirstStep !== null && current > 1
        ? (now - timeAfterFirstStep) / (current - 1)
        : (now - startSeconds) / current;
    if (current === 1) timeAfterFirstStep = now;
    return perUnit;
  };

  return {
    update(current, values, now, finalize) {
      const done = finalize ?? (target !== null && current >= target);
      for (const [k, v] of values) {
        if (!order.includes(k)) order.push(k);
        if (stateful.has(k)) {
          sums.set(k, [v, 1]);
        } else {
          const base = Math.max(current - seenSoFar, 1);
          const prev = sums.get(k);
          sums.set(k, prev ? [prev[0] + v * base, prev[1] + base] : [v * base, base]);
        }
      }
      seenSoFar = current;
      let info = ` - ${pyFixed(now - startSeconds, 0)}s`;
      const perUnit = stepDuration(current, now);
      if (target === null || done) info += formatStepTime(perUnit, unitName);
      else info = ` - ETA: ${formatEta(perUnit * (target - current))}`;
      for (const k of order) {
        const [sum, count] = sums.get(k) ?? [0, 1];
        info += ` - ${k}: ${formatMetric(sum / Math.max(1, count))}`;
      }
      return formatBar(current, target, width) + info;
    },
  };
}

/** The line Keras prints before each epoch's bar: `Epoch 1/5`. */
export function epochLine(epoch: number, epochs: number): string {
  return `Epoch ${epoch}/${epochs}`;
}
