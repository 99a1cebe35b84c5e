// Offline use of the built app: once the service worker controls the page and has cached the
// open deck's files, the deck, its figures, fonts, other decks and the lecture data keep
// working with the network off.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { chromiumAvailable, launchChromium, withTimeout } from './support/browser.ts';
import { type PreviewServer, startPreview } from './support/server.ts';
import { waitForDeck } from './support/session.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Rendered as the app renders it: live figures are widgets there.
const lecture = createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');
/** Position (1-based) of the first slide with a YouTube iframe, and of one with math. */
const youtubeSlide =
  (lecture?.slides.findIndex((s) => s.html.includes('youtube.com/embed')) ?? -2) + 1;
const mathSlide = (lecture?.slides.findIndex((s) => s.html.includes('class="katex')) ?? -2) + 1;
/** A slide showing a generated figure (no widget) followed by another such slide. */
const figureOf = (i: number): string | undefined => {
  const slide = lecture?.slides[i];
  if (slide === undefined || slide.widgets.length > 0) return undefined;
  return /<img[^>]*src="(figures\/[^"]+\.svg)"/.exec(slide.html)?.[1];
};
const figureIndex = lecture?.slides.findIndex((_, i) => figureOf(i) && figureOf(i + 1)) ?? -1;

/** What the build says the worker caches when lecture 5 is opened (src/build/deckCachePlan.ts). */
const lectureFiles = (): string[] => {
  const plan = JSON.parse(readFileSync(resolve(ROOT, 'dist/deck-files.json'), 'utf8')) as {
    decks: Record<string, string[]>;
  };
  return plan.decks['lecture5.md'] ?? [];
};

/** URL paths (without the revision query) of everything in Cache Storage. */
const cachedPaths = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    caches
      .keys()
      .then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))
      .then((lists) => lists.flat().map((r) => new URL(r.url).pathname.slice(1))),
  );

const currentIndex = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('.slide-current')?.dataset.index));

/** Sizes of the current slide's images once they have finished loading. */
const currentImages = (page: Page): Promise<{ src: string; width: number }[]> =>
  withTimeout(
    page.evaluate(async () => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.slide-current img')];
      await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
      return images.map((img) => ({ src: img.getAttribute('src') ?? '', width: img.naturalWidth }));
    }),
    10_000,
    'images',
  );

const fetchOk = (page: Page, path: string): Promise<boolean> =>
  page.evaluate(
    (p) =>
      fetch(p).then(
        (r) => r.ok,
        () => false,
      ),
    path,
  );

describe.runIf(chromiumAvailable())('offline (service worker)', () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  const open = async (path: string): Promise<void> => {
    await page.goto(new URL(path, server.url).href);
    await waitForDeck(page);
  };

  beforeAll(async () => {
    expect(youtubeSlide).toBeGreaterThan(0);
    expect(mathSlide).toBeGreaterThan(0);
    expect(figureIndex).toBeGreaterThanOrEqual(0);
    server = await startPreview();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await open(`?p=lecture5.md#${figureIndex + 1}`);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('registers a service worker that takes control of the page', async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    const url = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(url).toBe(new URL('sw.js', server.url).href);
  });

  it('caches lecture 5’s figures, demo code, data and models once it is open', async () => {
    const wanted = lectureFiles();
    expect(wanted).toContain(figureOf(figureIndex));
    expect(wanted).toContain('models/convnet/weights.bin');
    expect(wanted.some((p) => /^assets\/trainWorker-.*\.js$/.test(p))).toBe(true);
    await expect
      .poll(
        async () => {
          const cached = new Set(await cachedPaths(page));
          return wanted.filter((p) => !cached.has(p));
        },
        { timeout: 60_000, interval: 500 },
      )
      .toEqual([]);
  });

  it('has the lecture data and models at hand', async () => {
    for (const path of ['data/mnist-default.json', 'data/mnist-default.bin.gz']) {
      expect(await fetchOk(page, path)).toBe(true);
    }
    for (const path of ['models/dense/model.json', 'models/dense/weights.bin']) {
      expect(await fetchOk(page, path)).toBe(true);
    }
  });

  it('caches the lecture’s full data set on first use, not for every visitor', async () => {
    const cached = () =>
      page.evaluate(() =>
        caches
          .keys()
          .then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))
          .then((lists) => lists.flat().some((r) => r.url.endsWith('/data/mnist-full.bin.gz'))),
      );
    // ≈ 11 MB: not in the precache that every visitor downloads.
    expect(await cached()).toBe(false);
    expect(await fetchOk(page, 'data/mnist-full.json')).toBe(true);
    expect(await fetchOk(page, 'data/mnist-full.bin.gz')).toBe(true);
    await expect.poll(cached, { timeout: 10_000 }).toBe(true);
  });

  it('reloads the deck with the network off, on the same slide, with its figure', async () => {
    await context.setOffline(true);
    await page.reload();
    await waitForDeck(page);
    expect(await currentIndex(page)).toBe(figureIndex);
    // The precached page keeps the headers it was fetched with: wasm threads work offline too.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const images = await currentImages(page);
    expect(images.map((i) => i.src)).toContain(figureOf(figureIndex));
    for (const image of images) expect(image.width, image.src).toBeGreaterThan(0);
  });

  it('moves between slides offline, and their figures load', async () => {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (i) => document.querySelector('.slide-current')?.getAttribute('data-index') === String(i),
      figureIndex + 1,
    );
    const images = await currentImages(page);
    expect(images.map((i) => i.src)).toContain(figureOf(figureIndex + 1));
    for (const image of images) expect(image.width, image.src).toBeGreaterThan(0);
  });

  it('shows math offline with the KaTeX fonts', async () => {
    await open(`?p=lecture5.md#${mathSlide}`);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded');
    });
    expect(await page.$('.slide-current .katex')).not.toBeNull();
    expect(loaded).toBe(true);
  });

  it('shows a card instead of a YouTube video', async () => {
    await open(`?p=lecture5.md#${youtubeSlide}`);
    const card = await page.waitForSelector('.slide-current .embed-card', { timeout: 2000 });
    expect(await card.textContent()).toContain('Відео недоступне офлайн');
  });

  it('lists the decks and opens another deck offline', async () => {
    await page.goto(server.url);
    await waitForDeck(page);
    const links = await page.$$eval('.deck-message a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual(['?p=intro.md', '?p=lecture5.md']);
    await open('?p=intro.md');
    expect(await page.textContent('.slide-current h1')).toBe('Як користуватися лекціями');
  });

  it('serves the lecture data and models from the cache offline', async () => {
    expect(await fetchOk(page, 'data/mnist-default.json')).toBe(true);
    expect(await fetchOk(page, 'data/mnist-full.bin.gz')).toBe(true);
    expect(await fetchOk(page, 'models/dense/weights.bin')).toBe(true);
    // Never fetched online, but cached with the deck: the demos run offline.
    expect(await fetchOk(page, 'models/convnet/weights.bin')).toBe(true);
    const wasm = await page.evaluate(() =>
      caches
        .keys()
        .then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))
        .then((lists) => lists.flat().filter((r) => r.url.endsWith('.wasm')).length),
    );
    expect(wasm).toBeGreaterThanOrEqual(1);
    // A URL the worker does not know goes to the network: it is really off.
    expect(await fetchOk(page, 'models/convnet/model.json?uncached=1')).toBe(false);
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
