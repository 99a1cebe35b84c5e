// The widget harness (tests/widgets/) in chromium: one harness server, one browser and one
// page opened on the harness, recording console errors. Drive it with tests/widgets/harnessMount.ts.
import type { Browser, Page } from 'playwright-core';
import { type HarnessServer, startHarness } from '../../widgets/harnessServer.ts';
import { launchChromium } from './browser.ts';

export interface HarnessSession {
  /** URL of the harness page (add `?w=<name>&…` to mount a widget on load). */
  readonly url: string;
  readonly browser: Browser;
  /** A 1000×720 page on the harness, ready to mount widgets. */
  readonly page: Page;
  /** Console errors and uncaught exceptions of `page` seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface HarnessSessionOptions {
  /** The page's `prefers-reduced-motion` (the browser's default when absent). */
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

export async function startHarnessSession(
  options: HarnessSessionOptions = {},
): Promise<HarnessSession> {
  const server: HarnessServer = await startHarness();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1000, height: 720 },
      ...(options.reducedMotion === undefined ? {} : { reducedMotion: options.reducedMotion }),
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => '__widgets' in window, undefined, { timeout: 60_000 });
    const opened = browser;
    return {
      url: server.url,
      browser: opened,
      page,
      errors,
      async close() {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}
