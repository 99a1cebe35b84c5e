import { isDataDescriptor } from './guards.ts';
import type { DataDescriptor, MnistData, MnistSplit } from './types.ts';

/**
 * The compact binary asset the app serves (usually gzip-compressed on disk):
 *
 *   bytes 0–3   ASCII "MNST"
 *   byte  4     format version (1)
 *   bytes 5, 6  rows, cols (28, 28)
 *   byte  7     reserved (0)
 *   bytes 8–11  train count, uint32 little-endian
 *   bytes 12–15 test count, uint32 little-endian
 *   then train pixels, train labels, test pixels, test labels (uint8 each).
 *
 * The descriptor (name, counts, split) travels in a small JSON manifest next to it.
 */
export const ASSET_MAGIC = 'MNST';
export const ASSET_VERSION = 1;
const HEADER_BYTES = 16;

/** The JSON manifest next to the binary asset. */
export interface AssetManifest extends DataDescriptor {
  readonly format: 'mnist-asset';
  readonly version: number;
  /** File name of the binary, relative to the manifest. */
  readonly file: string;
  /** Size of that file in bytes (as stored, i.e. compressed when gzip). */
  readonly bytes: number;
}

export function encodeAsset(data: MnistData): Uint8Array {
  const { rows, cols, train, test } = data;
  const pixels = rows * cols;
  const size = HEADER_BYTES + (train.count + test.count) * (pixels + 1);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = ASSET_MAGIC.charCodeAt(i);
  out[4] = ASSET_VERSION;
  out[5] = rows;
  out[6] = cols;
  view.setUint32(8, train.count, true);
  view.setUint32(12, test.count, true);
  let offset = HEADER_BYTES;
  for (const part of [train.images, train.labels, test.images, test.labels]) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Decodes an uncompressed asset; `descriptor` comes from the manifest. */
export function decodeAsset(
  bytes: Uint8Array,
  descriptor: DataDescriptor,
  name: string,
): MnistData {
  if (bytes.length < HEADER_BYTES) throw new Error(`${name}: truncated asset header`);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== ASSET_MAGIC) throw new Error(`${name}: not an MNIST asset (magic "${magic}")`);
  if (bytes[4] !== ASSET_VERSION) throw new Error(`${name}: unsupported version ${bytes[4]}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows = bytes[5]!;
  const cols = bytes[6]!;
  const trainCount = view.getUint32(8, true);
  const testCount = view.getUint32(12, true);
  if (trainCount !== descriptor.trainCount || testCount !== descriptor.testCount) {
    throw new Error(
      `${name}: counts ${trainCount}/${testCount} differ from the manifest ` +
        `${descriptor.trainCount}/${descriptor.testCount}`,
    );
  }
  const pixels = rows * cols;
  const expected = HEADER_BYTES + (trainCount + testCount) * (pixels + 1);
  if (bytes.length !== expected) {
    throw new Error(`${name}: size ${bytes.length} bytes, expected ${expected}`);
  }
  let offset = HEADER_BYTES;
  const take = (n: number): Uint8Array => {
    const part = bytes.subarray(offset, offset + n);
    offset += n;
    return part;
  };
  const split = (count: number): MnistSplit => {
    const images = take(count * pixels);
    return { images, labels: take(count), count };
  };
  const train = split(trainCount);
  const test = split(testCount);
  return { descriptor, rows, cols, train, test };
}

/** Checks a parsed JSON value is a manifest (the app fetches it; never trust its shape). */
export function parseManifest(value: unknown, name: string): AssetManifest {
  const m = value as Partial<AssetManifest> | null;
  const ok =
    isDataDescriptor(value) &&
    m !== null &&
    m.format === 'mnist-asset' &&
    typeof m.file === 'string' &&
    Number.isInteger(m.bytes);
  if (!ok) throw new Error(`${name}: not an MNIST asset manifest`);
  return m as AssetManifest;
}
