import { describe, expect, it } from 'vitest';
import {
  type DeckCacheScope,
  type DeckCacheWorkerPlan,
  deckCacheScript,
  installDeckCache,
} from '../../src/sw/deckCacheWorker.ts';

const SCOPE = 'https://course.example/nn/';

const plan: DeckCacheWorkerPlan = {
  decks: {
    'lecture1.md': ['figures/lec1/a.svg', 'figures/lec1/b%20c.png'],
    'lecture5.md': ['figures/lec5/x.svg', 'assets/tfjs-abc.js', 'data/mnist-default.json'],
  },
  files: {
    'figures/lec1/a.svg': { cache: 'deck-figures', rev: 'r1' },
    'figures/lec1/b%20c.png': { cache: 'deck-figures', rev: 'r2' },
    'figures/lec5/x.svg': { cache: 'deck-figures', rev: 'r3' },
    'assets/tfjs-abc.js': { cache: 'deck-code' },
    'data/mnist-default.json': { cache: 'lecture-data-v1' },
  },
};

/** An in-memory Cache Storage, a network that records requests, and captured listeners. */
function fakeScope(options: { failing?: readonly string[] } = {}) {
  const stores = new Map<string, Map<string, Response>>();
  const fetched: string[] = [];
  const listeners: Record<string, ((event: never) => void)[]> = {};
  const open = async (name: string): Promise<Cache> => {
    let store = stores.get(name);
    if (store === undefined) {
      store = new Map();
      stores.set(name, store);
    }
    const s = store;
    const url = (r: RequestInfo | URL): string =>
      typeof r === 'string' ? r : r instanceof URL ? r.href : r.url;
    return {
      match: async (r: RequestInfo | URL) => s.get(url(r)),
      put: async (r: RequestInfo | URL, response: Response) => {
        s.set(url(r), response);
      },
      keys: async () => [...s.keys()].map((u) => new Request(u)),
      delete: async (r: RequestInfo | URL) => s.delete(url(r)),
    } as unknown as Cache;
  };
  const scope: DeckCacheScope = {
    registration: { scope: SCOPE },
    caches: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
    fetch: async (input: string) => {
      fetched.push(input);
      if (options.failing?.some((f) => input.endsWith(f))) return new Response('', { status: 404 });
      return new Response(`body of ${input}`);
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners[type] = [...(listeners[type] ?? []), listener];
    },
  };
  /** Dispatches an event and waits for what it asked to wait for. */
  const dispatch = async (type: string, event: object): Promise<void> => {
    const waits: Promise<unknown>[] = [];
    for (const l of listeners[type] ?? []) {
      l({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) } as never);
    }
    await Promise.all(waits);
  };
  const keysOf = (name: string): string[] => [...(stores.get(name)?.keys() ?? [])].sort();
  return { scope, stores, fetched, dispatch, keysOf, open };
}

/** A page (client) that posts the open message and records the answer. */
function page(url: string) {
  const answers: unknown[] = [];
  return { source: { url, postMessage: (m: unknown) => answers.push(m) }, answers };
}

describe('installDeckCache', () => {
  it('caches the files of the deck the page shows, each into its cache', async () => {
    const fake = fakeScope();
    installDeckCache(fake.scope, plan, { ownCaches: ['deck-figures', 'deck-code'] });
    const p = page(`${SCOPE}?p=lecture5.md#12`);
    await fake.dispatch('message', { data: { type: 'deck-cache:open' }, source: p.source });
    expect(fake.keysOf('deck-figures')).toEqual([`${SCOPE}figures/lec5/x.svg?__deck_rev=r3`]);
    expect(fake.keysOf('deck-code')).toEqual([`${SCOPE}assets/tfjs-abc.js`]);
    expect(fake.keysOf('lecture-data-v1')).toEqual([`${SCOPE}data/mnist-default.json`]);
    expect(fake.fetched.every((u) => !u.includes('lec1'))).toBe(true);
    expect(p.answers).toEqual([
      { type: 'deck-cache:done', deck: 'lecture5.md', fetched: 3, cached: 0, failed: 0 },
    ]);
  });

  it('fetches only what is missing on the next visit; counts failures without throwing', async () => {
    const fake = fakeScope({ failing: ['b%20c.png'] });
    const worker = installDeckCache(fake.scope, plan, { ownCaches: [] });
    await worker.cacheDeck('lecture1.md');
    fake.fetched.length = 0;
    expect(await worker.cacheDeck('lecture1.md')).toEqual({ fetched: 0, cached: 1, failed: 1 });
    expect(fake.fetched).toEqual([`${SCOPE}figures/lec1/b%20c.png`]);
  });

  it.each([
    ['no deck named, several decks', `${SCOPE}`],
    ['an unknown deck', `${SCOPE}?p=lecture9.md`],
    ['two different decks', `${SCOPE}?p=lecture1.md&p=lecture5.md`],
    ['a path', `${SCOPE}?p=../lecture1.md`],
    ['another origin', 'https://evil.example/nn/?p=lecture1.md'],
  ])('caches nothing for %s', async (_, url) => {
    const fake = fakeScope();
    installDeckCache(fake.scope, plan, { ownCaches: [] });
    const p = page(url);
    await fake.dispatch('message', { data: { type: 'deck-cache:open' }, source: p.source });
    expect(fake.fetched).toEqual([]);
    expect(p.answers).toEqual([]);
  });

  it('ignores other messages', async () => {
    const fake = fakeScope();
    installDeckCache(fake.scope, plan, { ownCaches: [] });
    const p = page(`${SCOPE}?p=lecture1.md`);
    for (const data of [null, 'deck-cache:open', { type: 'SKIP_WAITING' }]) {
      await fake.dispatch('message', { data, source: p.source });
    }
    await fake.dispatch('message', { data: { type: 'deck-cache:open' }, source: null });
    expect(fake.fetched).toEqual([]);
  });

  it('opens the only deck of a one-deck course from the root URL', async () => {
    const fake = fakeScope();
    const one = { decks: { 'lecture1.md': plan.decks['lecture1.md']! }, files: plan.files };
    installDeckCache(fake.scope, one, { ownCaches: [] });
    await fake.dispatch('message', {
      data: { type: 'deck-cache:open' },
      source: page(SCOPE).source,
    });
    expect(fake.keysOf('deck-figures')).toHaveLength(2);
  });

  it('tells the routes which cache and key answer a URL', () => {
    const fake = fakeScope();
    installDeckCache(fake.scope, plan, { ownCaches: [] });
    const lookup = fake.scope.__deckCache!;
    expect(lookup.cacheOf(`${SCOPE}figures/lec1/b%20c.png`)).toBe('deck-figures');
    expect(lookup.keyOf(`${SCOPE}figures/lec1/b%20c.png`)).toBe(
      `${SCOPE}figures/lec1/b%20c.png?__deck_rev=r2`,
    );
    expect(lookup.keyOf(`${SCOPE}assets/tfjs-abc.js`)).toBe(`${SCOPE}assets/tfjs-abc.js`);
    expect(lookup.cacheOf(`${SCOPE}figures/lec1/other.svg`)).toBeUndefined();
    expect(lookup.cacheOf('https://course.example/figures/lec1/a.svg')).toBeUndefined();
    expect(lookup.cacheOf('not a url')).toBeUndefined();
  });

  it('deletes old revisions and removed files from its own caches on activate', async () => {
    const fake = fakeScope();
    installDeckCache(fake.scope, plan, { ownCaches: ['deck-figures'] });
    const figures = await fake.open('deck-figures');
    await figures.put(`${SCOPE}figures/lec1/a.svg?__deck_rev=r0`, new Response('old'));
    await figures.put(`${SCOPE}figures/lec1/a.svg?__deck_rev=r1`, new Response('new'));
    await figures.put(`${SCOPE}figures/gone.svg?__deck_rev=r9`, new Response('gone'));
    const data = await fake.open('lecture-data-v1');
    await data.put(`${SCOPE}data/mnist-full.bin.gz`, new Response('kept: not its cache'));
    await fake.dispatch('activate', {});
    expect(fake.keysOf('deck-figures')).toEqual([`${SCOPE}figures/lec1/a.svg?__deck_rev=r1`]);
    expect(fake.keysOf('lecture-data-v1')).toEqual([`${SCOPE}data/mnist-full.bin.gz`]);
  });
});

describe('caches of older versions', () => {
  it('deletes the data caches of older builds on activate, and only those', async () => {
    const fake = fakeScope();
    for (const name of ['lecture-data-old1', 'lecture-data-v1', 'deck-figures', 'tfjs-wasm']) {
      await (await fake.open(name)).put(`${SCOPE}x`, new Response('x'));
    }
    installDeckCache(fake.scope, plan, {
      ownCaches: [],
      versioned: [{ prefix: 'lecture-data-', current: 'lecture-data-v1' }],
    });
    await fake.dispatch('activate', {});
    expect([...fake.stores.keys()].sort()).toEqual([
      'deck-figures',
      'lecture-data-v1',
      'tfjs-wasm',
    ]);
  });

  it('keeps every cache when no versions are named', async () => {
    const fake = fakeScope();
    await (await fake.open('lecture-data-old1')).put(`${SCOPE}x`, new Response('x'));
    installDeckCache(fake.scope, plan, { ownCaches: [] });
    await fake.dispatch('activate', {});
    expect([...fake.stores.keys()]).toEqual(['lecture-data-old1']);
  });

  it('is part of the generated script (self-contained)', async () => {
    const fake = fakeScope();
    await (await fake.open('lecture-data-old1')).put(`${SCOPE}x`, new Response('x'));
    const script = deckCacheScript(plan, {
      ownCaches: [],
      versioned: [{ prefix: 'lecture-data-', current: 'lecture-data-v1' }],
    });
    new Function('self', script)(fake.scope);
    await fake.dispatch('activate', {});
    expect([...fake.stores.keys()]).toEqual([]);
  });
});

describe('deckCacheScript', () => {
  it('is self-contained: the generated source alone installs the worker', async () => {
    const fake = fakeScope();
    const script = deckCacheScript(plan, { ownCaches: ['deck-figures'] });
    new Function('self', script)(fake.scope);
    expect(fake.scope.__deckCache?.cacheOf(`${SCOPE}figures/lec5/x.svg`)).toBe('deck-figures');
    await fake.dispatch('message', {
      data: { type: 'deck-cache:open' },
      source: page(`${SCOPE}?p=lecture1.md`).source,
    });
    expect(fake.keysOf('deck-figures')).toHaveLength(2);
  });

  it('cannot be broken out of by a file name', () => {
    const evil = {
      decks: { 'x.md': ['figures/</script><script>alert(1)</script>.svg'] },
      files: { 'figures/</script><script>alert(1)</script>.svg': { cache: 'deck-figures' } },
    };
    expect(deckCacheScript(evil, { ownCaches: [] })).not.toContain('</script>');
  });
});
