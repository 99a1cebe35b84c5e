// Node-only (vite.config.ts): the service worker's caching plan for vite-plugin-pwa (Workbox
// generateSW). Precached: the app shell, deck modules, widget chunks, CSS (KaTeX too), woff2
// fonts, figures, and what the demos need (embedded data, pretrained models, tfjs wasm).
// Cached on first use (CacheFirst): the full MNIST set if built, other wasm binaries and the
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

/** Precached with the shell: the live demos' data, models and wasm binaries. */
export const PRECACHED_DEMO_FILES = Object.freeze([
  'data/mnist-default.{json,bin.gz}',
  'models/*/*.{json,bin}',
  'assets/tfjs-backend-wasm*.wasm',
]);

export interface PwaPlanOptions {
  /** The project's public/ folder (for the data version). */
  readonly publicDir: string;
}

export function pwaOptions(options: PwaPlanOptions): Partial<VitePWAOptions> {
  const dataCache = `lecture-data-${dataVersion(options.publicDir)}`;
  return {
    strategies: 'generateSW',
    // src/sw/register.ts registers it after the first slide is ready.
    injectRegister: false,
    registerType: 'autoUpdate',
    manifest: false,
    devOptions: { enabled: false },
    workbox: {
      globPatterns: [
        '**/*.{html,js,css,woff2,svg,png,jpg,jpeg,gif,webp}',
        // What the demos need, so a student who opened the deck once can run them offline
        // (≈ 4.5 MB): the embedded data, the pretrained models, tfjs's non-threaded wasm.
        ...PRECACHED_DEMO_FILES,
      ],
      // The full MNIST set (if built) is large: it is cached on first use only.
      globIgnores: ['data/mnist-full*', '**/*threaded*.wasm', '**/*.{mp4,webm}'],
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
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && /\/(?:data|models)\/[^?]+$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: dataCache, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.wasm'),
          handler: 'CacheFirst',
          options: { cacheName: 'tfjs-wasm', cacheableResponse: { statuses: [200] } },
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
