// A fresh browser context on the built deck, for the live benchmarks.
import type { Browser, Page } from 'playwright-core';
import { withTimeout } from '../../tests/e2e/support/browser.ts';

const VIEWPORT = { width: 1280, height: 960 };

/** Opens `url` in a new context (cold cache) and waits for the deck's first slide. */
export async function openDeck(
  browser: Browser,
  url: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  await page.goto(url);
  await withTimeout(
    page.evaluate(() => window.__deckReady),
    30_000,
    'waiting for the deck',
  );
  return { page, close: () => context.close() };
}
