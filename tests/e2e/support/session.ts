// One preview server + one browser per test file, with pages that record console errors.
import type { Browser, Page } from 'playwright-core';
import { launchChromium, withTimeout } from './browser.ts';
import { type PreviewServer, startPreview } from './server.ts';

export interface DeckPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** Opens `path` (relative to the server root) and waits for `window.__deckReady`. */
  open(path?: string): Promise<void>;
  close(): Promise<void>;
}

export interface Session {
  readonly url: string;
  newDeckPage(viewport?: { width: number; height: number }): Promise<DeckPage>;
  close(): Promise<void>;
}

export async function waitForDeck(page: Page): Promise<void> {
  await withTimeout(
    page.evaluate(() => window.__deckReady ?? Promise.reject(new Error('no __deckReady'))),
    30_000,
    'waiting for __deckReady',
  );
}

export async function startSession(): Promise<Session> {
  const server: PreviewServer = await startPreview();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    async newDeckPage(viewport = { width: 1024, height: 768 }) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('requestfailed', (request) => {
        const url = request.url();
        // The lecture embeds YouTube; the test machine is offline.
        if (!url.startsWith(server.url)) return;
        // Leaving a page aborts its pending requests (e.g. the favicon): not an error.
        const reason = request.failure()?.errorText ?? '';
        if (reason === 'net::ERR_ABORTED') return;
        errors.push(`requestfailed: ${url} ${reason}`);
      });
      return {
        page,
        errors,
        async open(path = '') {
          // A URL differing only in its hash would be a same-document navigation: load afresh.
          await page.goto('about:blank');
          await page.goto(new URL(path, server.url).href);
          await waitForDeck(page);
        },
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
