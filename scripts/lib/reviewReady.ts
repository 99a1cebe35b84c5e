// bench:deck — review mode (?mode=review): cold load to every slide in the column, laid out
// where shown, with fonts and math styles (`window.__deckReady`, mark `deck:ready`).
import type { Browser, Page } from 'playwright-core';
import { withTimeout } from './chromium.ts';

export interface ReviewLoad {
  readonly readyMs: number;
  /** Entries in the column (one per slide, `--` groups once). */
  readonly entries: number;
  /** Slides of the deck, for the check that every one is there. */
  readonly slides: number;
}

export type Viewport = { readonly width: number; readonly height: number };

/**
 * One cold load of `url` in a fresh context (no service worker): waits for
 * `window.__deckReady`, then returns what `read` takes from the page.
 */
export async function coldLoad<T>(
  browser: Browser,
  url: string,
  viewport: Viewport,
  read: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await withTimeout(
      page.evaluate(() => window.__deckReady),
      30_000,
      `loading ${url}`,
    );
    return await read(page);
  } finally {
    await context.close();
  }
}

/** `loads` cold loads of `url` (a `?mode=review` address) in fresh contexts. */
export async function timeReviewReady(
  browser: Browser,
  url: string,
  loads: number,
  viewport: Viewport,
): Promise<ReviewLoad[]> {
  const results: ReviewLoad[] = [];
  for (let i = 0; i <= loads; i += 1) {
    // Calm between loads, as for the slideshow's cold loads; the first load warms the server.
    await new Promise((r) => setTimeout(r, 1000));
    const load = await coldLoad(browser, url, viewport, (page) =>
      page.evaluate(() => ({
        readyMs: performance.getEntriesByName('deck:ready')[0]?.startTime ?? Number.NaN,
        entries: document.querySelectorAll('.review-item').length,
        slides: window.slideshow?.getSlideCount() ?? 0,
      })),
    );
    if (load.entries === 0) throw new Error('review mode showed no slides');
    if (i > 0) results.push(load);
  }
  return results;
}
