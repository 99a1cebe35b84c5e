import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_VERSION, type AssetManifest, encodeAsset } from '../../src/ml/data/asset.ts';
import type { MnistData } from '../../src/ml/data/types.ts';

/**
 * Writes `<base>.bin.gz` and `<base>.json` into `dir`. gzip from node:zlib with a fixed level and
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
  writeFileSync(join(dir, file), gz);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  writeFileSync(join(dir, `${base}.json`), `${JSON.stringify({ ...manifest, sha256 }, null, 2)}\n`);
  return manifest;
}
