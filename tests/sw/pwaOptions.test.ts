import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuntimeCaching } from 'workbox-build';
import { WEBGPU_CHUNK_PREFIX } from '../../src/build/deckCachePlugin.ts';
import {
  CODE_CACHE,
  DECK_CACHE_SCRIPT,
  dataVersion,
  demoFileCache,
  FIGURE_CACHE,
  PRECACHE_MAX_BYTES,
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
type Lookup = { cacheOf(url: string): string | undefined; keyOf(url: string): string | undefined };
const scope = globalThis as { __deckCache?: Lookup };
/**
 * A route function as the worker gets it: its source text alone (sw.js holds it as text, so it
 * may not use anything of this module).
 */
function asInWorker<T>(fn: unknown): T {
  return new Function(`return (${String(fn)});`)() as T;
}
/** The name of the runtime cache that would answer `path` on the app's own origin. */
function cacheFor(routes: readonly RuntimeCaching[], path: string, sameOrigin = true) {
  const url = new URL(path, 'http://127.0.0.1:4173/');
  const route = routes.find((r) =>
    typeof r.urlPattern === 'function'
      ? asInWorker<(args: MatchArgs) => boolean>(r.urlPattern)({ url, sameOrigin })
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

  it('precaches the shell only: no figures, data, models or wasm', () => {
    expect(workbox.globPatterns).toEqual(['**/*.{html,js,css,woff2,svg,png,jpg,jpeg,gif,webp}']);
    expect(workbox.globIgnores).toEqual(
      expect.arrayContaining(['figures/**', 'data/**', 'models/**', '**/*.wasm']),
    );
    expect(workbox.maximumFileSizeToCacheInBytes).toBe(PRECACHE_MAX_BYTES);
    expect(workbox.importScripts).toEqual([DECK_CACHE_SCRIPT]);
  });

  it('leaves the files cached per deck (the tfjs code) out of the precache', async () => {
    const perDeck = new Set(['assets/dist-abc.js']);
    const withPlan = pwaOptions({ publicDir: dir, perDeckFiles: () => perDeck });
    const [transform] = withPlan.workbox?.manifestTransforms ?? [];
    const entries = [
      { url: 'assets/dist-abc.js', revision: null, size: 9 },
      { url: 'assets/index-abc.js', revision: null, size: 1 },
    ];
    const result = await transform!(entries);
    expect(result.manifest.map((e) => e.url)).toEqual(['assets/index-abc.js']);
  });

  it('sends the demos files to the caches the routes read', () => {
    const cacheOf = demoFileCache(dir);
    const data = `lecture-data-${dataVersion(dir)}`;
    expect(cacheOf('data/mnist-default.json')).toBe(data);
    expect(cacheOf('data/mnist-default.bin.gz')).toBe(data);
    expect(cacheOf('models/convnet/weights.bin')).toBe(data);
    expect(cacheOf('assets/tfjs-backend-wasm-simd-abc.wasm')).toBe('tfjs-wasm');
    expect(cacheOf('assets/tfjs-backend-wasm-threaded-simd-abc.wasm')).toBeUndefined();
    expect(cacheOf('data/mnist-full.bin.gz')).toBeUndefined();
    expect(cacheOf('figures/lec5/x.svg')).toBeUndefined();
  });

  it('answers per-deck figures and code from the caches the worker filled', async () => {
    const lookup: Lookup = {
      cacheOf: (u) =>
        u.endsWith('.svg') ? FIGURE_CACHE : u.endsWith('tfjs.js') ? CODE_CACHE : undefined,
      keyOf: (u) => `${u}?__deck_rev=r1`,
    };
    scope.__deckCache = lookup;
    try {
      expect(cacheFor(routes, 'figures/lec5/x.svg')).toEqual({
        handler: 'CacheFirst',
        cache: FIGURE_CACHE,
      });
      expect(cacheFor(routes, 'assets/tfjs.js')).toEqual({
        handler: 'CacheFirst',
        cache: CODE_CACHE,
      });
      expect(cacheFor(routes, 'figures/lec5/x.svg', false)).toBeUndefined();
      // Filled ahead by fetch() (no Origin header), read by module scripts (with one).
      for (const route of routes.slice(0, 4)) {
        expect(route.options?.matchOptions).toEqual({ ignoreVary: true });
      }
      const figureRoute = routes.find((r) => r.options?.cacheName === FIGURE_CACHE);
      const [plugin] = figureRoute?.options?.plugins ?? [];
      const keyFn = asInWorker<(a: { request: Request }) => Promise<unknown>>(
        plugin?.cacheKeyWillBeUsed,
      );
      const request = new Request('http://127.0.0.1:4173/figures/lec5/x.svg');
      expect(await keyFn({ request })).toBe(`${request.url}?__deck_rev=r1`);
    } finally {
      delete scope.__deckCache;
    }
    // Without the worker extension (it failed to load), figures go to the network.
    expect(cacheFor(routes, 'figures/lec5/x.svg')).toBeUndefined();
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

  it('never precaches the WebGPU backend (only a GPU loads it); caches it when used', () => {
    expect(workbox.globIgnores).toContain(`assets/${WEBGPU_CHUNK_PREFIX}*`);
    expect(cacheFor(routes, `assets/${WEBGPU_CHUNK_PREFIX}abc123.js`)).toEqual({
      handler: 'CacheFirst',
      cache: 'tfjs-webgpu',
    });
    expect(cacheFor(routes, 'assets/dist-abc123.js')?.cache).not.toBe('tfjs-webgpu');
  });

  it('leaves other origins and other paths alone', () => {
    expect(cacheFor(routes, 'https://www.youtube.com/embed/x', false)).toBeUndefined();
    expect(cacheFor(routes, 'data/a.json', false)).toBeUndefined();
    expect(cacheFor(routes, 'assets/index-abc.js')).toBeUndefined();
    expect(cacheFor(routes, 'metadata/x.json')).toBeUndefined();
  });
});
