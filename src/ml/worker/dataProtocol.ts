import type { AssetManifest } from '../data/asset.ts';
import { isLoadProgress } from '../data/guards.ts';
import type { LoadProgress } from '../data/types.ts';

/** Messages between the page and the data Worker (dataWorker.ts). */
export interface DataRequest {
  readonly type: 'load';
  /** Absolute URL of a data manifest, e.g. `${origin}/data/mnist-full.json`. */
  readonly url: string;
}

export type FromDataWorker =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  /** The decoded asset (transferred) and its manifest: `decodeAsset(bytes, manifest, href)`. */
  | {
      readonly type: 'done';
      readonly manifest: AssetManifest;
      readonly href: string;
      readonly bytes: Uint8Array;
    }
  | { readonly type: 'error'; readonly message: string };

export function parseDataRequest(value: unknown): DataRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  return m.type === 'load' && typeof m.url === 'string' ? { type: 'load', url: m.url } : undefined;
}

/** Checks a message from the data Worker (the manifest itself is re-checked by decodeAsset). */
export function isFromDataWorker(value: unknown): value is FromDataWorker {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'progress') return isLoadProgress(m.progress);
  if (m.type === 'error') return typeof m.message === 'string';
  return (
    m.type === 'done' &&
    typeof m.href === 'string' &&
    m.bytes instanceof Uint8Array &&
    typeof m.manifest === 'object' &&
    m.manifest !== null
  );
}
