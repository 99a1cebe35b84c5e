import { decodeAsset, parseManifest } from './asset.ts';
import { maybeGunzip } from './gzip.ts';
import type { MnistData } from './types.ts';

export type FetchLike = (url: string) => Promise<Response>;

/**
 * Loads an asset through its manifest URL (e.g. `/data/mnist-default.json`). The binary may be
 * served gzip-compressed or already decompressed by the server (Content-Encoding): both work.
 */
export async function loadMnistAsset(
  manifestUrl: string,
  fetchFn: FetchLike = (url) => fetch(url),
): Promise<MnistData> {
  const res = await fetchFn(manifestUrl);
  if (!res.ok) throw new Error(`${manifestUrl}: HTTP ${res.status}`);
  const manifest = parseManifest(await res.json(), manifestUrl);
  const href = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1) + manifest.file;
  const binRes = await fetchFn(href);
  if (!binRes.ok) throw new Error(`${href}: HTTP ${binRes.status}`);
  const bytes = await maybeGunzip(new Uint8Array(await binRes.arrayBuffer()), href);
  return decodeAsset(bytes, manifest, href);
}

/**
 * The app's data: the full MNIST asset when `npm run data:mnist` has built one, otherwise the
 * embedded default. `baseUrl` is the folder serving both manifests (e.g. `/data/`).
 */
export async function loadPreferredMnist(baseUrl: string, fetchFn?: FetchLike): Promise<MnistData> {
  try {
    return await loadMnistAsset(`${baseUrl}mnist-full.json`, fetchFn);
  } catch {
    return loadMnistAsset(`${baseUrl}mnist-default.json`, fetchFn);
  }
}
