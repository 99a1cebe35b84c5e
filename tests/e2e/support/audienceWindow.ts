// The audience (projector) window of a deck page: opened with `c` like the presenter does,
// recording its own console errors.
import type { Page } from 'playwright-core';
import { waitForDeck } from './session.ts';

export interface AudienceWindow {
  readonly page: Page;
  /** Console errors and uncaught exceptions in the audience window. */
  readonly errors: string[];
}

/** Presses `c` on `main` and waits until the audience window's deck is ready. */
export async function openAudienceWindow(main: Page): Promise<AudienceWindow> {
  const popup = main.context().waitForEvent('page');
  await main.keyboard.press('c');
  const page = await popup;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.waitForLoadState();
  await waitForDeck(page);
  return { page, errors };
}
