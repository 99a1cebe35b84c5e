import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataMnist } from '../../../scripts/lib/dataMnistCli.ts';
import { type FetchLike, loadMnistAsset } from '../../../src/ml/data/loadAsset.ts';
import { gz, makeImages, makeLabels } from './idxFixtures.ts';

const files: Record<string, Uint8Array> = {
  'train-images-idx3-ubyte.gz': gz(makeImages(30)),
  'train-labels-idx1-ubyte.gz': gz(makeLabels(30)),
  't10k-images-idx3-ubyte.gz': gz(makeImages(12)),
  't10k-labels-idx1-ubyte.gz': gz(makeLabels(12)),
};

let server: Server;
let base = '';
const requested: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'mnist-cli-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').replace('/mirror/', '');
    requested.push(name);
    const body = files[name];
    res.statusCode = body ? 200 : 404;
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const dirFetch =
  (folder: string): FetchLike =>
  async (url) =>
    new Response(readFileSync(join(folder, url.replace(/^.*\//, ''))));

describe('npm run data:mnist', () => {
  it('--download falls back across mirrors and builds a loadable asset', async () => {
    const out = join(dir, 'dl');
    const manifest = await runDataMnist(
      ['--download', '--mirror', `${base}/broken/`, '--mirror', `${base}/mirror`, '--out', out],
      () => {},
    );
    expect(requested).toContain('t10k-labels-idx1-ubyte.gz');
    expect([manifest.trainCount, manifest.testCount]).toEqual([30, 12]);
    const data = await loadMnistAsset('x/mnist-full.json', dirFetch(out));
    expect(data.descriptor.id).toBe('full');
    expect(Array.from(data.test.labels)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    expect(data.train.images[29 * 784]).toBe((29 * 7) % 256);
  });

  it('--from reads raw and gzip files from a folder', async () => {
    const src = join(dir, 'src');
    const out = join(dir, 'from');
    runDataMnistSetup(src);
    const manifest = await runDataMnist(['--from', src, '--out', out], () => {});
    expect([manifest.trainCount, manifest.testCount]).toEqual([30, 12]);
  });

  it('reports a count mismatch and bad arguments clearly', async () => {
    const src = join(dir, 'bad');
    runDataMnistSetup(src);
    rmSync(join(src, 't10k-labels-idx1-ubyte.gz'));
    writeFileSync(join(src, 't10k-labels-idx1-ubyte'), makeLabels(11));
    await expect(runDataMnist(['--from', src, '--out', dir], () => {})).rejects.toThrow(
      /count mismatch: t10k-images-idx3-ubyte.gz has 12 images, t10k-labels-idx1-ubyte has 11/,
    );
    await expect(runDataMnist(['--from', src, '--download'], () => {})).rejects.toThrow(/usage/);
    await expect(
      runDataMnist(['--download', '--mirror', `${base}/none/`, '--out', dir], () => {}),
    ).rejects.toThrow(/could not download train-images-idx3-ubyte.gz/);
  });
});

function runDataMnistSetup(src: string): void {
  mkdirSyncSafe(src);
  writeFileSync(join(src, 'train-images-idx3-ubyte.gz'), files['train-images-idx3-ubyte.gz']!);
  writeFileSync(join(src, 'train-labels-idx1-ubyte'), makeLabels(30));
  writeFileSync(join(src, 't10k-images-idx3-ubyte.gz'), files['t10k-images-idx3-ubyte.gz']!);
  writeFileSync(join(src, 't10k-labels-idx1-ubyte.gz'), files['t10k-labels-idx1-ubyte.gz']!);
}

function mkdirSyncSafe(path: string): void {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
}
