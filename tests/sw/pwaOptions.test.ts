import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuntimeCaching } from 'workbox-build';
import {
  dataVersion,
  PRECACHE_MAX_BYTES,
  PRECACHED_DEMO_FILES,
  pwaOptions,
} from '../../src/sw/pwaOptions.ts';

const dir = mkdtempSync(join(tmpdir(), 'pwa-options-'));
mkdirSync(join(dir, 'data'));
mkdirSync(join(dir, 'models', 'dense'), { recursive: true });
writeFileSync(join(dir, 'data', 'a.json'), '{"n":1}');
writeFileSync(join(dir, 'models', 'dense', 'weights.bin'), 'abc');
writeFileSync(join(dir, 'other.txt'), 'not data');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type MatchArgs = { url: URL; sameOrigin: boolean };
/** The name of the runtime cache that would answer `path` on the app's own origin. */
function cacheFor(routes: readonly RuntimeCaching[], path: string, sameOrigin = true) {
  const url = new URL(path, 'http://127.0.0.1:4173/');
  const route = routes.find((r) =>
    typeof r.urlPattern === 'function'
      ? (r.urlPattern as (args: MatchArgs) => boolean)({ url, sameOrigin })
      : false,
  );
  return route === undefined
    ? undefined
    : { handler: route.handler, cache: route.options?.cacheName };
}

describe('dataVersion', () => {
  it('changes when a data or model file changes, not for other files', () => {
    const before = dataVersion(dir);
    expect(before).toMatch(/^[0-9a-f]{10}$/);
    writeFileSync(join(dir, 'other.txt'), 'changed');
    expect(dataVersion(dir)).toBe(before);
    writeFileSync(join(dir, 'models', 'dense', 'weights.bin'), 'abd');
    expect(dataVersion(dir)).not.toBe(before);
  });

  it('works without the folders', () => {
    expect(dataVersion(join(dir, 'missing'))).toMatch(/^[0-9a-f]{10}$/);
  });
});

describe('pwaOptions', () => {
  const version = dataVersion(dir);
  const options = pwaOptions({ publicDir: dir });
  const workbox = options.workbox ?? {};
  const routes = workbox.runtimeCaching ?? [];

  it('builds a generateSW worker the app registers itself, never in dev', () => {
    expect(options.strategies).toBe('generateSW');
    expect(options.injectRegister).toBe(false);
    expect(options.devOptions?.enabled).toBe(false);
    expect(workbox.skipWaiting).toBe(true);
    expect(workbox.clientsClaim).toBe(true);
  });

  it('precaches the shell, decks, styles, woff2 fonts, figures and the demos files', () => {
    expect(workbox.globPatterns).toEqual([
      '**/*.{html,js,css,woff2,svg,png,jpg,jpeg,gif,webp}',
      ...PRECACHED_DEMO_FILES,
    ]);
    // The full MNIST set and the threaded wasm (never used: no cross-origin isolation) are not.
    expect(workbox.globIgnores).toEqual(
      expect.arrayContaining(['data/mnist-full*', '**/*threaded*.wasm']),
    );
    expect(workbox.maximumFileSizeToCacheInBytes).toBe(PRECACHE_MAX_BYTES);
  });

  it('opens any deck URL offline from the cached index.html', () => {
    expect(workbox.navigateFallback).toBe('index.html');
    const ignored = workbox.ignoreURLParametersMatching ?? [];
    for (const name of ['p', 'mode']) expect(ignored.some((re) => re.test(name))).toBe(true);
  });

  it('caches data, models, wasm and fallback fonts on first use (CacheFirst)', () => {
    const data = `lecture-data-${version}`;
    expect(cacheFor(routes, 'data/mnist-default.bin.gz')).toEqual({
      handler: 'CacheFirst',
      cache: data,
    });
    expect(cacheFor(routes, 'models/dense/weights.bin')).toEqual({
      handler: 'CacheFirst',
      cache: data,
    });
    expect(cacheFor(routes, 'assets/tfjs-backend-wasm-simd-abc.wasm')).toEqual({
      handler: 'CacheFirst',
      cache: 'tfjs-wasm',
    });
    expect(cacheFor(routes, 'assets/KaTeX_Main-Regular-x.ttf')?.cache).toBe('fallback-fonts');
  });

  it('leaves other origins and other paths alone', () => {
    expect(cacheFor(routes, 'https://www.youtube.com/embed/x', false)).toBeUndefined();
    expect(cacheFor(routes, 'data/a.json', false)).toBeUndefined();
    expect(cacheFor(routes, 'assets/index-abc.js')).toBeUndefined();
    expect(cacheFor(routes, 'metadata/x.json')).toBeUndefined();
  });
});
