import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type FetchLike,
  loadMnistAsset,
  loadPreferredData,
} from '../../../src/ml/data/loadAsset.ts';
import type { LoadProgress } from '../../../src/ml/data/types.ts';

/** Serves public/ as fetch would, as a stream of 64 KiB chunks (like a network body). */
const chunkedFetch: FetchLike = async (url) => {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(join('public', url)));
  } catch {
    return new Response('missing', { status: 404 });
  }
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(offset, offset + 65536));
      offset += 65536;
    },
  });
  return new Response(body);
};

describe('loading an asset with progress', () => {
  it('reports bytes received, then digits decoded, each rising to its total', async () => {
    const seen: LoadProgress[] = [];
    const data = await loadMnistAsset('/data/mnist-default.json', chunkedFetch, (p) =>
      seen.push(p),
    );
    expect(data.train.count + data.test.count).toBe(10000);
    const manifest = JSON.parse(readFileSync('public/data/mnist-default.json', 'utf8'));
    const last = seen.at(-1)!;
    expect(last).toEqual({
      name: manifest.name,
      bytes: manifest.bytes,
      totalBytes: manifest.bytes,
      digits: 10000,
      totalDigits: 10000,
    });
    // Many steps (a bar that moves), never going back.
    expect(seen.length).toBeGreaterThan(20);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytes).toBeGreaterThanOrEqual(seen[i - 1]!.bytes);
      expect(seen[i]!.digits).toBeGreaterThanOrEqual(seen[i - 1]!.digits);
    }
    // The download comes first: digits stay at 0 until every byte is in.
    const firstDigits = seen.findIndex((p) => p.digits > 0);
    expect(seen[firstDigits - 1]!.bytes).toBe(manifest.bytes);
    expect(seen.filter((p) => p.digits > 0 && p.digits < 10000).length).toBeGreaterThan(3);
  });

  it('counts in proportion when the server decoded the gzip itself (Content-Encoding)', async () => {
    const decoded: FetchLike = async (url) => {
      if (!url.endsWith('.gz')) return chunkedFetch(url);
      const gz = readFileSync(join('public', url));
      const raw = new Uint8Array(gunzipSync(gz));
      let offset = 0;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (offset >= raw.length) {
              controller.close();
              return;
            }
            controller.enqueue(raw.subarray(offset, offset + 262144));
            offset += 262144;
          },
        }),
      );
    };
    const seen: LoadProgress[] = [];
    const data = await loadMnistAsset('/data/mnist-default.json', decoded, (p) => seen.push(p));
    expect(data.test.count).toBe(2000);
    const middle = seen.filter((p) => p.digits > 0 && p.digits < p.totalDigits);
    expect(middle.length).toBeGreaterThan(3);
    for (const p of middle) expect(p.bytes).toBeLessThan(p.totalBytes);
    expect(seen.at(-1)).toMatchObject({ digits: 10000, totalDigits: 10000 });
    expect(seen.at(-1)!.bytes).toBe(seen.at(-1)!.totalBytes);
  });

  it('a corrupt binary fails with the file named, not with a stream error', async () => {
    const broken: FetchLike = async (url) =>
      url.endsWith('.gz')
        ? new Response(Uint8Array.of(0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5))
        : chunkedFetch(url);
    await expect(loadMnistAsset('/data/mnist-default.json', broken)).rejects.toThrow(
      /mnist-default\.bin\.gz: corrupt or truncated gzip data/,
    );
  });
});

describe('the lecture data or the fallback', () => {
  it('uses the full set when it loads, and says nothing', async () => {
    const asked: string[] = [];
    const data = await loadPreferredData('/data/', {
      full: true,
      load: async (url) => {
        asked.push(url);
        return loadMnistAsset(url.replace('mnist-full', 'mnist-default'), chunkedFetch);
      },
    });
    expect(asked).toEqual(['/data/mnist-full.json']);
    expect(data.descriptor.fallback).toBeUndefined();
  });

  it('falls back to the embedded digits and says why: missing from the build, or failed', async () => {
    const absent = await loadPreferredData('/data/', { full: false, fetchFn: chunkedFetch });
    expect(absent.descriptor.id).toBe('default');
    expect(absent.descriptor.fallback).toBe('повний набір не зібрано разом із застосунком');

    const failed = await loadPreferredData('/data/', {
      full: true,
      fetchFn: (url) => chunkedFetch(url.replace('mnist-full', 'absent')),
    });
    expect(failed.descriptor.id).toBe('default');
    expect(failed.descriptor.fallback).toMatch(
      /^повний набір не завантажився: \/data\/mnist-full\.json: HTTP 404$/,
    );
  });
});
