import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('returns undefined for a folder without the files', async () => {
    expect(await readSharedTestSet('/nonexistent-folder')).toBeUndefined();
  });
});
