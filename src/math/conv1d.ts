/** One term of a window: signal index, signal value, kernel weight, product. */
export interface Term1d {
  readonly index: number;
  readonly x: number;
  readonly u: number;
  readonly product: number;
}

/** One position of the sliding window: output index `i` = its sum. */
export interface Window1d {
  readonly i: number;
  readonly terms: readonly Term1d[];
  readonly sum: number;
}

/**
 * The lecture's ⊛ (cross-correlation, "valid"): (x ⊛ u)[i] = Σₘ x[m + i]·u[m] for
 * i = 0 … W − w, one window per output.
 */
export function correlationWindows(x: readonly number[], u: readonly number[]): Window1d[] {
  const count = x.length - u.length + 1;
  const windows: Window1d[] = [];
  for (let i = 0; i < count; i++) {
    const terms = u.map((w, m) => {
      const v = x[i + m] ?? 0;
      return { index: i + m, x: v, u: w, product: v * w };
    });
    // Adding +0 turns −0 into 0 so results print and compare cleanly.
    windows.push({ i, terms, sum: terms.reduce((a, t) => a + t.product, 0) + 0 });
  }
  return windows;
}

export function correlate1d(x: readonly number[], u: readonly number[]): number[] {
  return correlationWindows(x, u).map((w) => w.sum);
}

export function flip(u: readonly number[]): number[] {
  return [...u].reverse();
}

/** True convolution ("valid"): correlation with the flipped kernel. */
export function convolve1d(x: readonly number[], u: readonly number[]): number[] {
  return correlate1d(x, flip(u));
}

/** Full-length (zero-padded) correlation, lags −(n−1) … (m−1): length m + n − 1. */
export function correlateFull(x: readonly number[], u: readonly number[]): number[] {
  const pad = new Array<number>(u.length - 1).fill(0);
  return correlate1d([...pad, ...x, ...pad], u);
}

/** Full-length convolution: length m + n − 1. */
export function convolveFull(x: readonly number[], u: readonly number[]): number[] {
  return correlateFull(x, flip(u));
}
