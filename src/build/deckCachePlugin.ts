// Node-only Vite plugin (build only): writes the per-deck cache plan (deck-files.json) and the
// service worker's extension that caches a deck's files when the deck is opened
// (sw-deck-cache.js, imported by the Workbox worker). Runs before vite-plugin-pwa writes the
// worker (that happens in closeBundle), so both files are in place for it.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { RenderedDeck } from '../model/index.ts';
import { buildDeckCachePlan, type DeckCachePlan } from './deckCachePlan.ts';

/** Written next to index.html. */
export const DECK_FILES_JSON = 'deck-files.json';
export const DECK_CACHE_SCRIPT = 'sw-deck-cache.js';

/** What the deck plugin shares with this one (its `api`). */
export interface RenderedDecksApi {
  /** The decks rendered for the build's manifest. */
  renderedDecks(): readonly RenderedDeck[];
}

export interface DeckCachePluginOptions {
  /** The folder of figures in the output (the deck plugin's `figuresDir` name). */
  readonly figuresFolder?: string;
  /** The cache figures go into. */
  readonly figureCache: string;
  /** The cache for the demos' code (tfjs chunks and the Worker bundles). */
  readonly codeCache: string;
  /**
   * Other output files (URL paths relative to the base) that decks with live widgets need,
   * mapped to their cache; `undefined` for files that are not the demos'.
   */
  readonly demoFileCache: (path: string) => string | undefined;
  /** Larger files are not cached ahead. */
  readonly maxBytes: number;
  /** The worker extension's source for a plan (src/sw/deckCacheWorker.ts). */
  readonly script: (plan: DeckCachePlan) => string;
  /** Told the plan once it is written (the precache leaves its files out). */
  readonly onPlan?: (plan: DeckCachePlan) => void;
}

/**
 * File-name prefix of the WebGPU backend's chunks (page and Workers; named so by the Vite
 * config): only a machine with a GPU loads them, so a deck's offline cache leaves them out
 * (they are cached when used).
 */
export const WEBGPU_CHUNK_PREFIX = 'tfjs-webgpu-';

/**
 * The demos' code: chunks holding TensorFlow.js modules, and Worker bundles (all tfjs), but
 * not the WebGPU backend's chunks.
 */
function demoCode(bundle: Record<string, { type: string; fileName: string }>): string[] {
  const names: string[] = [];
  for (const file of Object.values(bundle)) {
    if (!file.fileName.endsWith('.js')) continue;
    if (file.fileName.split('/').pop()?.startsWith(WEBGPU_CHUNK_PREFIX)) continue;
    if (file.type === 'asset') {
      names.push(file.fileName); // a `new Worker(new URL(…))` bundle
    } else if (
      'moduleIds' in file &&
      (file.moduleIds as readonly string[]).some((id) => id.includes('/node_modules/@tensorflow/'))
    ) {
      names.push(file.fileName);
    }
  }
  return names.sort();
}

function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

function isRenderedDecksApi(api: unknown): api is RenderedDecksApi {
  return (
    typeof api === 'object' &&
    api !== null &&
    typeof (api as { renderedDecks?: unknown }).renderedDecks === 'function'
  );
}

export function deckCachePlugin(options: DeckCachePluginOptions): Plugin {
  let config: ResolvedConfig | undefined;
  let code: string[] = [];
  const figuresFolder = options.figuresFolder ?? 'figures';
  return {
    name: 'live-lecture-deck:deck-cache',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle(_output, bundle) {
      code = demoCode(bundle);
    },
    // After the deck plugin has copied the figures (writeBundle hooks run in parallel).
    writeBundle: {
      sequential: true,
      order: 'post',
      handler(outputOptions) {
        const root = config?.root ?? process.cwd();
        const outDir = outputOptions.dir ?? resolve(root, config?.build.outDir ?? 'dist');
        const api = config?.plugins.map((p) => p.api).find(isRenderedDecksApi);
        const decks = api?.renderedDecks() ?? [];
        const demoFiles: Record<string, string> = {};
        for (const name of code) demoFiles[name] = options.codeCache;
        for (const path of outputFiles(outDir)) {
          if (path.startsWith(`${figuresFolder}/`)) continue;
          const cache = options.demoFileCache(path);
          if (cache !== undefined) demoFiles[encodeURI(path)] = cache;
        }
        const plan = buildDeckCachePlan({
          decks,
          outDir,
          figuresFolder,
          figureCache: options.figureCache,
          demoFiles,
          maxBytes: options.maxBytes,
        });
        writeFileSync(join(outDir, DECK_FILES_JSON), `${JSON.stringify(plan, null, 1)}\n`);
        writeFileSync(join(outDir, DECK_CACHE_SCRIPT), options.script(plan));
        options.onPlan?.(plan);
        const shown = relative(root, join(outDir, DECK_FILES_JSON));
        config?.logger.info(`[decks] per-deck offline files: ${shown}`);
      },
    },
  };
}
