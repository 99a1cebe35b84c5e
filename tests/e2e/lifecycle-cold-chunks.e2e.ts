// What a cold start and a cold jump to a data slide download (bench:live's "mnist-samples
// ready, cold"): the first slide's scripts carry no schema library (valibot loads where it is
// used: the sync channel's first message, the data and session loaders), and the first data
// widget does not fetch the theme stylesheet again. The theme is inlined into index.html; a
// lazy chunk that imports the entry chunk lists that stylesheet among its preload
// dependencies, and Vite's preload helper then adds it as a <link> and waits for it: a fetch,
// a second copy of every rule and a restyle of the whole document before the widget is ready.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToKeys, slideWith } from '../../scripts/lib/liveWidgetBench.ts';
import { chromiumAvailable } from './support/browser.ts';
import { useDeckPage } from './support/useDeckPage.ts';

/** valibot's Standard Schema tag: in every bundle that holds its schemas. */
const VALIBOT = 'vendor:`valibot`';

/** Paths of the resources the page fetched (with start times, ms after navigation start). */
const resources = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
    })),
  );

/**
 * Goes by keys to the first slide with the `widget` widget, waits until it is ready, and
 * expects that no stylesheet but KaTeX's was fetched on the way (the theme is inlined).
 */
async function expectNoThemeFetchUpTo(page: Page, widget: string, timeout: number): Promise<void> {
  for (const key of goToKeys(slideWith(widget))) await page.keyboard.press(key);
  await page.waitForSelector(`.slide-current [data-widget="${widget}"][data-state="ready"]`, {
    timeout,
  });
  const sheets = (await resources(page)).filter(
    (r) => r.path.endsWith('.css') && !r.path.includes('/katex-'),
  );
  expect(
    sheets.map((s) => s.path),
    `stylesheets fetched up to ${widget}`,
  ).toEqual([]);
}

describe.runIf(chromiumAvailable())('cold start and first data slide: what is downloaded', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 960 } });

  it('the first slide loads no valibot; the first data slide no second copy of the theme', async () => {
    await deck.open('?p=lecture5.md#1');
    const ready = await deck.page.evaluate(
      () => performance.getEntriesByName('deck:ready')[0]?.startTime ?? Number.NaN,
    );
    expect(ready).toBeGreaterThan(0);
    const early = (await resources(deck.page)).filter(
      (r) => r.start <= ready && r.path.endsWith('.js'),
    );
    expect(early.length).toBeGreaterThan(0);
    for (const script of early) {
      const code = await (await fetch(new URL(script.path, deck.session.url))).text();
      expect(code.includes(VALIBOT), `${script.path} holds valibot`).toBe(false);
    }

    await expectNoThemeFetchUpTo(deck.page, 'mnist-samples', 30_000);
    expect(deck.errors).toEqual([]);
  });

  it('the first draw-a-digit (tfjs, its backend) fetches no second copy of the theme either', async () => {
    await deck.open('?p=lecture5.md#1');
    await expectNoThemeFetchUpTo(deck.page, 'draw-digit', 60_000);
    // The inlined theme still applies (the disabled link beside it does not).
    expect(
      await deck.page.evaluate(() => [...document.styleSheets].filter((s) => !s.disabled).length),
    ).toBeGreaterThan(0);
    expect(deck.errors).toEqual([]);
  });
});
