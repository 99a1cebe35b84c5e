// Node-only (vite.config.ts): the service worker's caching plan for vite-plugin-pwa (Workbox
// generateSW). Precached for every visitor: the app shell — HTML, deck modules, widget chunks
// without tfjs, CSS (KaTeX too), woff2 fonts. Cached per deck when it is opened (the build's
// deck-files.json, see src/build/deckCachePlan.ts and src/sw/deckCacheWorker.ts): the deck's
// figures, and for decks with live widgets what the demos need (the tfjs chunks and Worker
// bundles, the embedded data, the pretrained models, tfjs wasm). Cached on first use
// (CacheFirst): any of those, the full MNIST set if built, other wasm binaries and the
// fallback font formats. Registered by src/sw/register.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Largest file the precache takes (the tfjs chunk is the biggest, ~1–2 MB). */
export const PRECACHE_MAX_BYTES = 8 * 1024 * 1024;

/** Folders under public/ whose files keep their names across builds (not content-hashed). */
const UNHASHED_DIRS = ['data', 'models'] as const;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/**
 * A short hash of public/data and public/models: it names their runtime cache, so new data
 * or retrained weights are fetched afresh instead of being served from an old cache.
 */
export function dataVersion(publicDir: string): string {
  const hash = createHash('sha256');
  for (const sub of UNHASHED_DIRS) {
    for (const path of filesUnder(join(publicDir, sub))) {
      hash.update(relative(publicDir, path));
      hash.update(readFileSync(path));
    }
  }
  return hash.digest('hex').slice(0, 10);
}

/** What the data caches' names start with (the worker deletes those of older versions). */
export const DATA_CACHE_PREFIX = 'lecture-data-';

/** The cache of the data and models (named after their version). */
export function dataCacheName(publicDir: string): string {
  return `${DATA_CACHE_PREFIX}${dataVersion(publicDir)}`;
}

/** Figures, cached per deck under keys that carry their content hash. */
export const FIGURE_CACHE = 'deck-figures';
/** The demos' code (tfjs chunks, Worker bundles), cached with the decks that have widgets. */
export const CODE_CACHE = 'deck-code';
export const WASM_CACHE = 'tfjs-wasm';

/**
 * What a deck with live widgets needs besides the tfjs code, by output path: the embedded
 * data, the pretrained models and tfjs's non-threaded wasm (≈ 4.5 MB) — cached with such a
 * deck, so a student who opened it once can run the demos offline.
 */
export const DEMO_FILES: readonly RegExp[] = Object.freeze([
  /^data\/mnist-default\.(?:json|bin\.gz)$/,
  /^models\/[^/]+\/[^/]+\.(?:json|bin)$/,
  /^assets\/tfjs-backend-wasm(?!-threaded)[^/]*\.wasm$/,
]);

/** The cache a demo file goes into, or `undefined` for files that are not the demos'. */
export function demoFileCache(publicDir: string): (path: string) => string | undefined {
  const data = dataCacheName(publicDir);
  return (path) => {
    if (!DEMO_FILES.some((re) => re.test(path))) return undefined;
    return path.endsWith('.wasm') ? WASM_CACHE : data;
  };
}

/**
 * Files the worker cached ahead were fetched without the `Origin` header that module scripts
 * send; a `Vary: Origin` on the response (vite preview, many servers) must not make them miss.
 */
const IGNORE_VARY = Object.freeze({ ignoreVary: true });

/** The worker extension imported by the Workbox worker (src/build/deckCachePlugin.ts). */
export const DECK_CACHE_SCRIPT = 'sw-deck-cache.js';

export interface PwaPlanOptions {
  /** The project's public/ folder (for the data version). */
  readonly publicDir: string;
  /**
   * The files cached per deck (URL paths), known once the bundle is written: they are left
   * out of the precache.
   */
  readonly perDeckFiles?: () => ReadonlySet<string>;
}

/** The worker's lookup (set by sw-deck-cache.js): see src/sw/deckCacheWorker.ts. */
interface DeckCacheGlobal {
  __deckCache?: {
    cacheOf(url: string): string | undefined;
    keyOf(url: string): string | undefined;
  };
}

export function pwaOptions(options: PwaPlanOptions): Partial<VitePWAOptions> {
  const dataCache = dataCacheName(options.publicDir);
  const perDeck = options.perDeckFiles ?? (() => new Set<string>());
  return {
    strategies: 'generateSW',
    // src/sw/register.ts registers it after the first slide is ready.
    injectRegister: false,
    registerType: 'autoUpdate',
    manifest: false,
    devOptions: { enabled: false },
    workbox: {
      // The shell. Figures, data, models and wasm are cached per deck (see DEMO_FILES).
      globPatterns: ['**/*.{html,js,css,woff2,svg,png,jpg,jpeg,gif,webp}'],
      // The WebGPU backend's chunks load only on a GPU: cached when used (below), never ahead.
      globIgnores: [
        'figures/**',
        'data/**',
        'models/**',
        '**/*.wasm',
        '**/*.{mp4,webm}',
        'assets/tfjs-webgpu-*',
      ],
      // The tfjs chunks and Worker bundles are known only once the bundle is written.
      manifestTransforms: [
        async (entries) => {
          const skip = perDeck();
          return { manifest: entries.filter((e) => !skip.has(e.url)), warnings: [] };
        },
      ],
      importScripts: [DECK_CACHE_SCRIPT],
      maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
      // Vite's file names carry a content hash: no cache-busting query needed.
      dontCacheBustURLsMatching: /-[\w-]{8}\.\w+$/,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/(?:data|models|figures|assets)\//],
      // `?p=lecture5.md` and `?mode=review` are read by the app, not the server.
      ignoreURLParametersMatching: [/^p$/, /^mode$/, /^utm_/, /^fbclid$/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      // Route functions are serialised into sw.js: they may use only their arguments,
      // literals and globals (`__deckCache` is set by sw-deck-cache.js).
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin &&
            (globalThis as DeckCacheGlobal).__deckCache?.cacheOf(url.href) === 'deck-figures',
          handler: 'CacheFirst',
          options: {
            cacheName: FIGURE_CACHE,
            cacheableResponse: { statuses: [200] },
            matchOptions: IGNORE_VARY,
            plugins: [
              {
                cacheKeyWillBeUsed: async ({ request }) =>
                  (globalThis as DeckCacheGlobal).__deckCache?.keyOf(request.url) ?? request,
              },
            ],
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin &&
            (globalThis as DeckCacheGlobal).__deckCache?.cacheOf(url.href) === 'deck-code',
          handler: 'CacheFirst',
          options: {
            cacheName: CODE_CACHE,
            cacheableResponse: { statuses: [200] },
            matchOptions: IGNORE_VARY,
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && /\/(?:data|models)\/[^?]+$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: dataCache,
            cacheableResponse: { statuses: [200] },
            matchOptions: IGNORE_VARY,
          },
        },
        {
          // WEBGPU_CHUNK_PREFIX (src/build/deckCachePlugin.ts), as a literal: see above.
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && /\/assets\/tfjs-webgpu-[^/]+\.js$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'tfjs-webgpu',
            cacheableResponse: { statuses: [200] },
            matchOptions: IGNORE_VARY,
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.wasm'),
          handler: 'CacheFirst',
          options: {
            cacheName: WASM_CACHE,
            cacheableResponse: { statuses: [200] },
            matchOptions: IGNORE_VARY,
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.(?:woff|ttf)$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'fallback-fonts',
            cacheableResponse: { statuses: [200] },
            expiration: { maxEntries: 60 },
          },
        },
      ],
    },
  };
}
