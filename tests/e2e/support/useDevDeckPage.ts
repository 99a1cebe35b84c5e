// A dev server over fixture decks plus one browser page, for the enclosing `describe` block:
// started before its tests, stopped after them (like useDeckPage, over `vite` instead of a
// preview of dist/).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { type DevServer, startDevServer } from './devServer.ts';
import { waitForDeck } from './session.ts';

export interface DevDeckPage {
  readonly page: Page;
  /** The server's base URL. */
  readonly url: string;
  /** Uncaught exceptions in the page so far. */
  readonly errors: string[];
  /** Opens `path` (relative to the server) from a blank page and waits for the deck. */
  open(path: string): Promise<void>;
}

/** `fixtures` as for startDevServer; call inside a `describe` block. */
export function useDevDeckPage(
  fixtures: Parameters<typeof startDevServer>[0],
  viewport: { width: number; height: number } = { width: 1024, height: 768 },
): DevDeckPage {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startDevServer(fixtures);
    browser = await launchChromium();
    page = await browser.newPage({ viewport });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const current = (): { page: Page; server: DevServer } => {
    if (page === undefined || server === undefined) {
      throw new Error('the dev deck page opens in beforeAll: use it in tests');
    }
    return { page, server };
  };
  return {
    get page() {
      return current().page;
    },
    get url() {
      return current().server.url;
    },
    errors,
    async open(path) {
      const { page: p, server: s } = current();
      await p.goto('about:blank');
      await p.goto(new URL(path, s.url).href);
      await waitForDeck(p);
    },
  };
}
