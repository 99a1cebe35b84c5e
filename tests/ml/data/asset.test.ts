import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAsset, encodeAsset } from '../../../src/ml/data/asset.ts';
import {
  type FetchLike,
  loadMnistAsset,
  loadPreferredMnist,
} from '../../../src/ml/data/loadAsset.ts';
import { DEFAULT_DESCRIPTOR, packageDigitsToData } from '../../../src/ml/data/packageDigits.ts';

const require = createRequire(import.meta.url);
const digitsDir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');

/** Serves files from public/ to loadMnistAsset as fetch would. */
const publicFetch: FetchLike = async (url) => {
  try {
    return new Response(readFileSync(join('public', url)));
  } catch {
    return new Response('missing', { status: 404 });
  }
};

describe('embedded default data', () => {
  it('splits 8,000/2,000 deterministically with every label in both parts', () => {
    const tiny = Array.from({ length: 10 }, (_, label) =>
      new Float32Array(784 * 3).fill(label / 255),
    );
    const a = packageDigitsToData(tiny);
    const b = packageDigitsToData(tiny);
    expect([a.train.count, a.test.count]).toEqual([30, 0]);
    expect(a.train.labels).toEqual(b.train.labels);
    expect(Array.from(a.train.labels)).not.toEqual([...Array(30).keys()].map((i) => (i / 3) | 0));
    // pixels follow their labels through the shuffle
    for (let i = 0; i < 30; i++) expect(a.train.images[i * 784]).toBe(a.train.labels[i]);
  });

  it('the committed asset equals a fresh conversion of the mnist package', async () => {
    const data = await loadMnistAsset('/data/mnist-default.json', publicFetch);
    expect(data.descriptor).toMatchObject(DEFAULT_DESCRIPTOR);
    const perLabel = Array.from(
      { length: 10 },
      (_, l) =>
        (JSON.parse(readFileSync(join(digitsDir, `${l}.json`), 'utf8')) as { data: number[] }).data,
    );
    const fresh = packageDigitsToData(perLabel);
    // Buffer.equals: vitest's deep equality is far too slow on 7.8 MB
    expect(Buffer.from(encodeAsset(data)).equals(encodeAsset(fresh))).toBe(true);
    expect(Buffer.from(encodeAsset(data)).equals(encodeAsset(packageDigitsToData([])))).toBe(false);
    const counts = new Array(10).fill(0);
    for (const l of data.test.labels) counts[l]++;
    expect(Math.min(...counts)).toBeGreaterThan(150);
  });

  it('rejects assets whose counts disagree with the manifest', () => {
    const tiny = Array.from({ length: 10 }, () => new Float32Array(784));
    const bytes = encodeAsset(packageDigitsToData(tiny));
    expect(() =>
      decodeAsset(bytes, { ...DEFAULT_DESCRIPTOR, trainCount: 10, testCount: 0 }, 'a'),
    ).not.toThrow();
    expect(() => decodeAsset(bytes, DEFAULT_DESCRIPTOR, 'a')).toThrow(/counts 10\/0 differ/);
    expect(() =>
      decodeAsset(
        bytes.subarray(0, 100),
        { ...DEFAULT_DESCRIPTOR, trainCount: 10, testCount: 0 },
        'a',
      ),
    ).toThrow(/size 100 bytes/);
  });

  it('the app falls back to the default when no full MNIST asset was built', async () => {
    const asked: string[] = [];
    const data = await loadPreferredMnist('/data/', (url) => {
      asked.push(url);
      return publicFetch(url.replace('mnist-full', 'absent'));
    });
    expect(asked[0]).toBe('/data/mnist-full.json');
    expect(data.descriptor.id).toBe('default');
  });
});
