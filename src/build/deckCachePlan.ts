// Node-only: what the service worker caches for each deck when it is opened (its figures,
// and for decks with live widgets the demos' code, data and models), instead of precaching
// every deck's figures for every visitor. Written into the build as `deck-files.json` and
// embedded in the worker's `sw-deck-cache.js` (see src/sw/deckCacheWorker.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RenderedDeck } from '../model/index.ts';

/** One file the worker may cache, by its URL path relative to the app's base. */
export interface DeckCacheFile {
  /** The Cache Storage cache it goes into. */
  readonly cache: string;
  /**
   * Content hash of files whose names do not change with their content (figures): the
   * cache key carries it, so a changed figure is fetched afresh. Absent for hashed names.
   */
  readonly rev?: string;
  readonly bytes: number;
}

export interface DeckCachePlan {
  /** Deck id → the files to cache when it is opened (URL paths relative to the base). */
  readonly decks: Readonly<Record<string, readonly string[]>>;
  readonly files: Readonly<Record<string, DeckCacheFile>>;
}

/** Figure types cached for offline use (videos stay on the network, as before). */
export const CACHED_FIGURE = /\.(?:svg|png|jpe?g|gif|webp|avif)$/i;

const ATTRIBUTE = /\s(?:src|poster|data)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const CSS_URL = /url\(\s*(?:&quot;|&#x27;|&#39;|["'])?(.*?)(?:&quot;|&#x27;|&#39;|["'])?\s*\)/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A reference as the URL path the browser will ask for, relative to the base, if it points
 * into `figuresUrl` (e.g. `figures/`); `undefined` for other origins, paths and `..` tricks.
 */
export function figurePath(ref: string, figuresUrl = 'figures/'): string | undefined {
  const trimmed = decodeEntities(ref).trim();
  if (trimmed === '' || /^[a-z][a-z\d+.-]*:|^\/\//i.test(trimmed) || trimmed.startsWith('/')) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed, 'http://base.invalid/');
  } catch {
    return undefined;
  }
  if (url.origin !== 'http://base.invalid') return undefined;
  const path = url.pathname.slice(1);
  return path.startsWith(figuresUrl) && path.length > figuresUrl.length ? path : undefined;
}

/**
 * The figures a rendered deck shows (images, video posters, objects, backgrounds, in slides
 * and notes), as URL paths relative to the base, sorted and unique. Links are left out.
 */
export function deckFigurePaths(deck: RenderedDeck, figuresUrl = 'figures/'): string[] {
  const found = new Set<string>();
  const add = (ref: string): void => {
    const path = figurePath(ref, figuresUrl);
    if (path !== undefined) found.add(path);
  };
  for (const slide of deck.slides) {
    for (const text of [slide.html, slide.notesHtml, slide.style]) {
      for (const m of text.matchAll(ATTRIBUTE)) add(m[1] ?? '');
      for (const m of text.matchAll(SRCSET)) {
        for (const candidate of (m[1] ?? '').split(','))
          add(candidate.trim().split(/\s+/)[0] ?? '');
      }
      for (const m of text.matchAll(CSS_URL)) add(m[1] ?? '');
    }
  }
  return [...found].sort();
}

/** Whether any slide of the deck has a live widget (so it needs the demos' files). */
export function deckHasWidgets(deck: RenderedDeck): boolean {
  return deck.slides.some((s) => s.widgets.length > 0);
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** A URL path (relative to the base) for a file under `root`, percent-encoded as browsers do. */
function urlPathOf(root: string, file: string): string {
  const parts = relative(root, file).split(sep);
  return new URL(parts.join('/'), 'http://base.invalid/').pathname.slice(1);
}

const shortHash = (data: Uint8Array): string =>
  createHash('sha256').update(data).digest('hex').slice(0, 12);

export interface DeckCachePlanInput {
  /** The rendered decks (by the deck plugin). */
  readonly decks: readonly RenderedDeck[];
  /** The built output folder (figures/, data/, models/, assets/ inside). */
  readonly outDir: string;
  /** The folder of figures inside `outDir`, e.g. `figures`. */
  readonly figuresFolder: string;
  /** The cache figures go into. */
  readonly figureCache: string;
  /**
   * Files of `outDir` (URL paths) that decks with live widgets need, with the cache each goes
   * into (e.g. the data and models, the wasm binaries, the code chunks holding tfjs).
   */
  readonly demoFiles: Readonly<Record<string, string>>;
  /** Larger files are not cached ahead (as the precache's limit). */
  readonly maxBytes: number;
}

/** What the worker caches for each deck; figures missing from `outDir` are left out. */
export function buildDeckCachePlan(input: DeckCachePlanInput): DeckCachePlan {
  const figuresUrl = `${input.figuresFolder}/`;
  const files: Record<string, DeckCacheFile> = {};
  const figuresRoot = join(input.outDir, input.figuresFolder);
  for (const file of filesUnder(figuresRoot)) {
    if (!CACHED_FIGURE.test(file)) continue;
    const bytes = statSync(file).size;
    if (bytes > input.maxBytes) continue;
    const path = urlPathOf(input.outDir, file);
    files[path] = { cache: input.figureCache, rev: shortHash(readFileSync(file)), bytes };
  }
  const demo: string[] = [];
  for (const [path, cache] of Object.entries(input.demoFiles).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    let bytes: number;
    try {
      bytes = statSync(join(input.outDir, decodeURIComponent(path))).size;
    } catch {
      continue;
    }
    if (bytes > input.maxBytes) continue;
    files[path] = { cache, bytes };
    demo.push(path);
  }
  const decks: Record<string, readonly string[]> = {};
  for (const deck of input.decks) {
    const figures = deckFigurePaths(deck, figuresUrl).filter((p) => Object.hasOwn(files, p));
    decks[deck.id] = deckHasWidgets(deck) ? [...figures, ...demo] : figures;
  }
  return { decks, files };
}

/** Bytes a first visit of `deckId` caches on top of the precache. */
export function deckCacheBytes(plan: DeckCachePlan, deckId: string): number {
  return (plan.decks[deckId] ?? []).reduce((sum, p) => sum + (plan.files[p]?.bytes ?? 0), 0);
}
