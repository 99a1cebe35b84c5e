import type { Grid } from '../../math/grid.ts';
import { loadMnistAsset } from '../../ml/data/loadAsset.ts';

export interface Digit {
  readonly grid: Grid;
  readonly label: number;
}

export interface DigitSet {
  readonly digits: readonly Digit[];
  /** Where the digits come from, shown to the audience. */
  readonly source: string;
  readonly real: boolean;
}

/** The app's embedded MNIST asset (manifest + gzip binary under `data/`). */
export function defaultDigitsUrl(baseUrl: string): string {
  return `${baseUrl}data/mnist-default.json`;
}

/**
 * The first `count` test digits of the app's MNIST asset as [0, 1] grids (2 decimals).
 * When the asset cannot be loaded, one synthetic "0" stands in and `real` is false.
 */
export async function loadDigits(manifestUrl: string, count: number): Promise<DigitSet> {
  try {
    const data = await loadMnistAsset(manifestUrl);
    const pixels = data.rows * data.cols;
    const n = Math.min(count, data.test.count);
    const digits: Digit[] = [];
    for (let k = 0; k < n; k++) {
      const bytes = data.test.images.subarray(k * pixels, (k + 1) * pixels);
      digits.push({
        grid: { rows: data.rows, cols: data.cols, data: Array.from(bytes, toUnit) },
        label: data.test.labels[k] ?? 0,
      });
    }
    return { digits, source: `${data.descriptor.name}, тестові приклади`, real: true };
  } catch {
    return {
      digits: [{ grid: syntheticZero(), label: 0 }],
      source: 'синтетична цифра (дані MNIST не завантажились)',
      real: false,
    };
  }
}

function toUnit(byte: number): number {
  return Math.round((byte / 255) * 100) / 100;
}

function syntheticZero(): Grid {
  const data = Array.from({ length: 784 }, (_, i) => {
    const d = Math.hypot(Math.floor(i / 28) - 13.5, ((i % 28) - 13.5) * 1.4);
    return Math.round(Math.max(0, 1 - Math.abs(d - 8) / 2.5) * 100) / 100;
  });
  return { rows: 28, cols: 28, data };
}
