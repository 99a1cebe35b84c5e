import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import type { MnistData } from '../../src/ml/data/types.ts';

/** The committed default asset, read from public/ as the app would fetch it. */
export function loadDefaultData(): Promise<MnistData> {
  return loadMnistAsset(
    '/data/mnist-default.json',
    async (url) => new Response(readFileSync(join('public', url))),
  );
}
