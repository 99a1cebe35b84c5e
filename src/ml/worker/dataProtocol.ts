import * as v from 'valibot';
import type { AssetManifest } from '../data/asset.ts';
import { LoadProgressSchema, text } from '../data/guards.ts';

/** Messages between the page and the data Worker (dataWorker.ts), as valibot schemas. */

export const DataRequestSchema = v.object({
  type: v.literal('load'),
  /** Absolute URL of a data manifest, e.g. `${origin}/data/mnist-full.json`. */
  url: text(2048),
});
export type DataRequest = v.InferOutput<typeof DataRequestSchema>;

const Bytes = v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'a Uint8Array');
/**
 * Only an object here on purpose: `decodeAsset` re-checks the manifest with parseManifest
 * (asset.ts), which names the file in its error, against the bytes it describes.
 */
const Manifest = v.custom<AssetManifest>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  'a manifest object',
);

export const FromDataWorkerSchema = v.variant('type', [
  v.object({ type: v.literal('progress'), progress: LoadProgressSchema }),
  /** The decoded asset (transferred) and its manifest: `decodeAsset(bytes, manifest, href)`. */
  v.object({ type: v.literal('done'), manifest: Manifest, href: text(2048), bytes: Bytes }),
  v.object({ type: v.literal('error'), message: text(10_000) }),
]);
export type FromDataWorker = v.InferOutput<typeof FromDataWorkerSchema>;

export function parseDataRequest(value: unknown): DataRequest | undefined {
  const result = v.safeParse(DataRequestSchema, value);
  return result.success ? result.output : undefined;
}

/** Checks a message from the data Worker (the manifest itself is re-checked by decodeAsset). */
export function isFromDataWorker(value: unknown): value is FromDataWorker {
  return v.is(FromDataWorkerSchema, value);
}
