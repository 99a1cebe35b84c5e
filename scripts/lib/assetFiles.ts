import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_VERSION, type AssetManifest, encodeAsset } from '../../src/ml/data/asset.ts';
import type { MnistData } from '../../src/ml/data/types.ts';

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/**
 * Writes `<base>.bin.gz` and `<base>.json` into `dir` (the binary first: the manifest's
 * presence means the asset is complete). gzip from node:zlib with a fixed level and
 * no file name or timestamp in the header, so the same data gives the same bytes.
 */
export function writeAssetFiles(data: MnistData, dir: string, base: string): AssetManifest {
  const raw = encodeAsset(data);
  const gz = gzipSync(raw, { level: 9 });
  const file = `${base}.bin.gz`;
  const manifest: AssetManifest = {
    format: 'mnist-asset',
    version: ASSET_VERSION,
    ...data.descriptor,
    file,
    bytes: gz.length,
  };
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, file), gz);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  writeAtomic(join(dir, `${base}.json`), `${JSON.stringify({ ...manifest, sha256 }, null, 2)}\n`);
  return manifest;
}
