import { describe, expect, it } from 'vitest';
import {
  IDX_IMAGES_MAGIC,
  IDX_LABELS_MAGIC,
  parseIdx,
  readIdx,
  readIdxPair,
} from '../../../src/ml/data/idx.ts';
import { gz, makeImages, makeLabels } from './idxFixtures.ts';

describe('IDX loader', () => {
  it('parses raw images with big-endian dims', () => {
    const idx = parseIdx(makeImages(3, 2, 4), IDX_IMAGES_MAGIC, 'img');
    expect(idx.dims).toEqual([3, 2, 4]);
    expect(Array.from(idx.data.subarray(8, 16))).toEqual(new Array(8).fill(7));
  });

  it('reads gzip files and pairs images with labels', async () => {
    const pair = await readIdxPair(
      { name: 'a-images.gz', bytes: gz(makeImages(5)) },
      { name: 'a-labels', bytes: makeLabels(5) },
    );
    expect(pair.count).toBe(5);
    expect([pair.rows, pair.cols]).toEqual([28, 28]);
    expect(Array.from(pair.labels)).toEqual([0, 1, 2, 3, 4]);
    expect(pair.images[4 * 784]).toBe(28);
  });

  it('rejects a wrong magic number', () => {
    expect(() => parseIdx(makeLabels(3), IDX_IMAGES_MAGIC, 'x')).toThrow(
      /x: wrong magic number 2049, expected 2051/,
    );
  });

  it('rejects truncated data', () => {
    const bytes = makeImages(4).subarray(0, 16 + 3 * 784 + 10);
    expect(() => parseIdx(bytes, IDX_IMAGES_MAGIC, 't')).toThrow(/t: truncated data/);
    expect(() => parseIdx(bytes.subarray(0, 9), IDX_IMAGES_MAGIC, 't')).toThrow(/truncated/);
  });

  it('rejects a count mismatch between images and labels', async () => {
    await expect(
      readIdxPair({ name: 'i', bytes: makeImages(4) }, { name: 'l', bytes: makeLabels(3) }),
    ).rejects.toThrow(/count mismatch: i has 4 images, l has 3 labels/);
  });

  it('says when a .gz file is not gzip', async () => {
    await expect(readIdx(makeLabels(2), IDX_LABELS_MAGIC, 'labels.gz')).rejects.toThrow(
      /labels.gz: not gzip data/,
    );
  });

  it('says when gzip data is truncated', async () => {
    const bytes = gz(makeImages(50));
    await expect(
      readIdx(bytes.subarray(0, bytes.length >> 1), IDX_IMAGES_MAGIC, 'half.gz'),
    ).rejects.toThrow(/half.gz: corrupt or truncated gzip/);
  });
});
