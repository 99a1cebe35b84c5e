import { gzipSync } from 'node:zlib';
import { encodeIdx, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC } from '../../../src/ml/data/idx.ts';

/** Deterministic small IDX fixtures: image i has every pixel equal to (i * 7) % 256. */
export function makeImages(count: number, rows = 28, cols = 28): Uint8Array {
  const data = new Uint8Array(count * rows * cols);
  for (let i = 0; i < count; i++) data.fill((i * 7) % 256, i * rows * cols, (i + 1) * rows * cols);
  return encodeIdx(IDX_IMAGES_MAGIC, [count, rows, cols], data);
}

export function makeLabels(count: number): Uint8Array {
  const data = new Uint8Array(count);
  for (let i = 0; i < count; i++) data[i] = i % 10;
  return encodeIdx(IDX_LABELS_MAGIC, [count], data);
}

export const gz = (bytes: Uint8Array): Uint8Array => new Uint8Array(gzipSync(bytes));
