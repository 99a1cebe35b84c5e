// Runs inside the service worker (serialised into sw-deck-cache.js by `deckCacheScript`, which
// the Workbox worker imports): caches the files of the deck a page has open when the page asks
// (src/sw/register.ts posts `deck-cache:open` once the person has paused), so a visitor of one
// deck downloads that deck's figures, not the whole course's. The Workbox routes of
// src/sw/pwaOptions.ts then answer those URLs from the same caches and keys.
//
// `installDeckCache` is turned into text with Function.prototype.toString: it must not refer
// to anything outside its own body (no imports, no module constants, no helpers).

/** The plan as the worker reads it (written by src/build/deckCachePlan.ts). */
export interface DeckCacheWorkerPlan {
  /** Deck id → URL paths (relative to the worker's scope) to cache when it is opened. */
  readonly decks: Readonly<Record<string, readonly string[]>>;
  readonly files: Readonly<Record<string, { readonly cache: string; readonly rev?: string }>>;
}

export interface DeckCacheWorkerOptions {
  /** Caches that hold only plan files: entries the plan no longer names are deleted. */
  readonly ownCaches: readonly string[];
  /** Files fetched at once while caching a deck. */
  readonly parallel?: number;
  /**
   * Caches named after a version (`lecture-data-<hash>`): on activate, every cache whose name
   * starts with `prefix` but is not `current` is deleted (the data and models of an older
   * build, ≈ 16 MB each, would otherwise stay on the student's disk for good).
   */
  readonly versioned?: readonly { readonly prefix: string; readonly current: string }[];
}

/** What the worker's routes ask (set as `self.__deckCache`). */
export interface DeckCacheLookup {
  /** The cache holding this URL's file, if the plan has the file. */
  cacheOf(url: string): string | undefined;
  /** The key it is stored under (with its revision, if any). */
  keyOf(url: string): string | undefined;
}

/** The message a page posts to have its deck cached. */
export const OPEN_MESSAGE = 'deck-cache:open';
/** The answer posted back to that page: `{ type, deck, fetched, cached, failed }`. */
export const DONE_MESSAGE = 'deck-cache:done';

interface WaitableEvent {
  waitUntil(promise: Promise<unknown>): void;
}

interface MessageSource {
  readonly url: string;
  postMessage(message: unknown): void;
}

interface DeckMessageEvent extends WaitableEvent {
  readonly data: unknown;
  readonly source: unknown;
}

/** The parts of a service worker's global scope used here (tests pass a fake one). */
export interface DeckCacheScope {
  readonly registration: { readonly scope: string };
  readonly caches: Pick<CacheStorage, 'open' | 'keys' | 'delete'>;
  fetch(input: string, init?: RequestInit): Promise<Response>;
  addEventListener(type: 'message', listener: (event: DeckMessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: WaitableEvent) => void): void;
  __deckCache?: DeckCacheLookup;
}

/** How one deck's caching went (numbers of files). */
export interface DeckCacheResult {
  readonly fetched: number;
  readonly cached: number;
  readonly failed: number;
}

export function installDeckCache(
  scope: DeckCacheScope,
  plan: DeckCacheWorkerPlan,
  options: DeckCacheWorkerOptions,
): {
  cacheDeck(id: string): Promise<DeckCacheResult>;
  prune(): Promise<number>;
  retire(): Promise<number>;
} {
  const has = (object: object, key: string): boolean => Object.hasOwn(object, key);
  const base = new URL(scope.registration.scope);

  const pathOf = (href: string): string | undefined => {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return undefined;
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
    const path = url.pathname.slice(base.pathname.length);
    return has(plan.files, path) ? path : undefined;
  };
  const keyOfPath = (path: string): string => {
    const url = new URL(path, base).href;
    const rev = plan.files[path]?.rev;
    return rev === undefined ? url : `${url}?__deck_rev=${encodeURIComponent(rev)}`;
  };
  scope.__deckCache = {
    cacheOf(href) {
      const path = pathOf(href);
      return path === undefined ? undefined : plan.files[path]?.cache;
    },
    keyOf(href) {
      const path = pathOf(href);
      return path === undefined ? undefined : keyOfPath(path);
    },
  };

  /** The deck a page shows: its one `?p=` value if the plan knows it, or the only deck. */
  const deckOf = (pageUrl: string): string | undefined => {
    let url: URL;
    try {
      url = new URL(pageUrl);
    } catch {
      return undefined;
    }
    if (url.origin !== base.origin) return undefined;
    const requested = url.searchParams.getAll('p');
    const ids = Object.keys(plan.decks);
    if (requested.length === 0) return ids.length === 1 ? ids[0] : undefined;
    const first = requested[0] ?? '';
    return requested.every((p) => p === first) && has(plan.decks, first) ? first : undefined;
  };

  const cacheFile = async (path: string): Promise<'fetched' | 'cached' | 'failed'> => {
    const file = plan.files[path];
    if (file === undefined) return 'failed';
    try {
      const cache = await scope.caches.open(file.cache);
      const key = keyOfPath(path);
      // A copy the routes stored for a module script varies on `Origin`: it still counts.
      if ((await cache.match(key, { ignoreVary: true })) !== undefined) return 'cached';
      // Revalidated with the server: a figure keeps its name when its content changes.
      const response = await scope.fetch(new URL(path, base).href, { cache: 'no-cache' });
      if (response.status !== 200) return 'failed';
      await cache.put(key, response);
      return 'fetched';
    } catch {
      return 'failed'; // offline, quota: the deck works without it; the next visit retries
    }
  };

  /** One run per deck at a time: a second request joins the first. */
  const running = new Map<string, Promise<DeckCacheResult>>();
  const cacheDeck = (id: string): Promise<DeckCacheResult> => {
    const current = running.get(id);
    if (current !== undefined) return current;
    const queue = [...(has(plan.decks, id) ? (plan.decks[id] ?? []) : [])];
    const counts = { fetched: 0, cached: 0, failed: 0 };
    const worker = async (): Promise<void> => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        counts[await cacheFile(path)] += 1;
      }
    };
    const lanes = Math.max(1, options.parallel ?? 3);
    const run = Promise.all(Array.from({ length: lanes }, worker))
      .then(() => ({ ...counts }))
      .finally(() => running.delete(id));
    running.set(id, run);
    return run;
  };

  /** Deletes entries of the worker's own caches that the plan no longer names. */
  const prune = async (): Promise<number> => {
    let deleted = 0;
    for (const name of options.ownCaches) {
      const wanted = new Set<string>();
      for (const path of Object.keys(plan.files)) {
        if (plan.files[path]?.cache === name) wanted.add(keyOfPath(path));
      }
      try {
        const cache = await scope.caches.open(name);
        for (const request of await cache.keys()) {
          if (!wanted.has(request.url) && (await cache.delete(request))) deleted += 1;
        }
      } catch {
        // Storage unavailable: nothing to prune.
      }
    }
    return deleted;
  };

  scope.addEventListener('message', (event) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    if ((data as { type?: unknown }).type !== 'deck-cache:open') return;
    const source = event.source as Partial<MessageSource> | null;
    if (source === null || typeof source.url !== 'string') return;
    const id = deckOf(source.url);
    if (id === undefined) return;
    event.waitUntil(
      cacheDeck(id).then((result) => {
        source.postMessage?.({ type: 'deck-cache:done', deck: id, ...result });
      }),
    );
  });
  /** Deletes the caches of older versions (options.versioned); how many. */
  const retire = async (): Promise<number> => {
    let deleted = 0;
    try {
      for (const name of await scope.caches.keys()) {
        const old = (options.versioned ?? []).some(
          (v) => name.startsWith(v.prefix) && name !== v.current,
        );
        if (old && (await scope.caches.delete(name))) deleted += 1;
      }
    } catch {
      // Storage unavailable: nothing to retire.
    }
    return deleted;
  };

  scope.addEventListener('activate', (event) => {
    event.waitUntil(Promise.all([prune(), retire()]));
  });
  return { cacheDeck, prune, retire };
}

/** The worker extension's source: `installDeckCache` applied to the plan. */
export function deckCacheScript(
  plan: DeckCacheWorkerPlan,
  options: DeckCacheWorkerOptions,
): string {
  const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
  return `// Generated by src/sw/deckCacheWorker.ts: caches the open deck's files.
(${installDeckCache.toString()})(self, ${json({ decks: plan.decks, files: plan.files })}, ${json(options)});
`;
}
