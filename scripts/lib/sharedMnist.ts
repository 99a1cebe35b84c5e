import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readIdxPair } from '../../src/ml/data/idx.ts';
import type { MnistSplit } from '../../src/ml/data/types.ts';

/** The real 10,000-digit MNIST test set, outside the repo (never committed). */
export const SHARED_MNIST_DIR = resolve(import.meta.dirname, '../../../shared/data/mnist');

/** Reads the shared real test set, or returns undefined when this machine does not have it. */
export async function readSharedTestSet(dir = SHARED_MNIST_DIR): Promise<MnistSplit | undefined> {
  const images = join(dir, 't10k-images-idx3-ubyte.gz');
  const labels = join(dir, 't10k-labels-idx1-ubyte.gz');
  if (!existsSync(images) || !existsSync(labels)) return undefined;
  const pair = await readIdxPair(
    { name: images, bytes: new Uint8Array(readFileSync(images)) },
    { name: labels, bytes: new Uint8Array(readFileSync(labels)) },
  );
  return { images: pair.images, labels: pair.labels, count: pair.count };
}
