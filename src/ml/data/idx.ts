import { gunzip, isGzip } from './gzip.ts';
import type { MnistSplit } from './types.ts';

/** IDX magic numbers: 0x00000803 (uint8, 3 dims) for images, 0x00000801 (uint8, 1 dim) for labels. */
export const IDX_IMAGES_MAGIC = 2051;
export const IDX_LABELS_MAGIC = 2049;

export interface IdxArray {
  readonly dims: readonly number[];
  readonly data: Uint8Array;
}

/**
 * Parses an uncompressed IDX file of unsigned bytes. The header is a big-endian magic number
 * (0, 0, type 0x08, number of dims) followed by one big-endian uint32 per dimension.
 */
export function parseIdx(bytes: Uint8Array, expectedMagic: number, name: string): IdxArray {
  if (bytes.length < 4) throw new Error(`${name}: truncated IDX file (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  if (magic !== expectedMagic) {
    const hint = isGzip(bytes) ? ' (the file is gzip-compressed; name it .gz)' : '';
    throw new Error(
      `${name}: wrong magic number ${magic}, expected ${expectedMagic} ` +
        `(${expectedMagic === IDX_IMAGES_MAGIC ? 'images' : 'labels'})${hint}`,
    );
  }
  const rank = magic & 0xff;
  const headerBytes = 4 + 4 * rank;
  if (bytes.length < headerBytes) throw new Error(`${name}: truncated IDX header`);
  const dims: number[] = [];
  for (let i = 0; i < rank; i++) dims.push(view.getUint32(4 + 4 * i, false));
  const size = dims.reduce((a, b) => a * b, 1);
  const available = bytes.length - headerBytes;
  if (available < size) {
    throw new Error(
      `${name}: truncated data: header [${dims.join(', ')}] needs ${size} bytes, file has ${available}`,
    );
  }
  return { dims, data: bytes.subarray(headerBytes, headerBytes + size) };
}

/** Gunzips `.gz` files (and says so clearly when a `.gz` file is not gzip), then parses. */
export async function readIdx(
  bytes: Uint8Array,
  expectedMagic: number,
  name: string,
): Promise<IdxArray> {
  const raw = name.endsWith('.gz') || isGzip(bytes) ? await gunzip(bytes, name) : bytes;
  return parseIdx(raw, expectedMagic, name);
}

/** Pairs an images file and a labels file into one split, checking counts and shapes. */
export async function readIdxPair(
  images: { readonly bytes: Uint8Array; readonly name: string },
  labels: { readonly bytes: Uint8Array; readonly name: string },
): Promise<MnistSplit & { readonly rows: number; readonly cols: number }> {
  const img = await readIdx(images.bytes, IDX_IMAGES_MAGIC, images.name);
  const lab = await readIdx(labels.bytes, IDX_LABELS_MAGIC, labels.name);
  const [count = 0, rows = 0, cols = 0] = img.dims;
  if (img.dims.length !== 3) throw new Error(`${images.name}: expected 3 dimensions`);
  const labelCount = lab.dims[0] ?? 0;
  if (count !== labelCount) {
    throw new Error(
      `count mismatch: ${images.name} has ${count} images, ${labels.name} has ${labelCount} labels`,
    );
  }
  for (let i = 0; i < lab.data.length; i++) {
    if (lab.data[i]! > 9) throw new Error(`${labels.name}: label ${lab.data[i]} at ${i} not 0–9`);
  }
  return { images: img.data, labels: lab.data, count, rows, cols };
}

/** Builds an IDX file (used by scripts and tests to write fixtures). */
export function encodeIdx(magic: number, dims: readonly number[], data: Uint8Array): Uint8Array {
  const header = 4 + 4 * dims.length;
  const out = new Uint8Array(header + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, false);
  for (const [i, d] of dims.entries()) view.setUint32(4 + 4 * i, d, false);
  out.set(data, header);
  return out;
}
