// bench:deck — how fast the audience window follows a key press in the main window.
import type { Browser, Page } from 'playwright-core';
import { withTimeout } from '../../tests/e2e/support/browser.ts';

/**
 * In the audience window: records when each slide becomes current (epoch ms with sub-ms
 * precision, comparable across the two windows). A string, because tsx would inject helpers
 * into a function.
 */
const RECORD_SHOWN = `(() => {
  window.__shownAt = {};
  const app = document.getElementById('app') ?? document.body;
  new MutationObserver(() => {
    const index = document.querySelector('.slide-current')?.getAttribute('data-index');
    if (index != null && !(index in window.__shownAt)) {
      window.__shownAt[index] = performance.timeOrigin + performance.now();
    }
  }).observe(app, { subtree: true, attributes: true, attributeFilter: ['class'] });
})()`;

/** In the main window: one ArrowRight keydown; returns when it was dispatched (epoch ms). */
const PRESS = `(() => {
  const at = performance.timeOrigin + performance.now();
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  return at;
})()`;

const ready = (page: Page): Promise<unknown> =>
  withTimeout(
    page.evaluate(() => window.__deckReady),
    30_000,
    'waiting for the deck',
  );

/**
 * Opens the deck, presses `c`, and times `presses` ArrowRight presses `gapMs` apart in the main
 * window until the audience window shows the new slide. Returns the latencies in ms.
 */
export async function timeAudienceFollow(
  browser: Browser,
  url: string,
  presses = 40,
  gapMs = 150,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 960 } });
  try {
    const main = await context.newPage();
    await main.goto(`${url}#1`);
    await ready(main);
    const popup = main.context().waitForEvent('page');
    await main.keyboard.press('c');
    const audience = await popup;
    await audience.waitForLoadState();
    await ready(audience);
    // The audience asked for the state and follows from slide 1.
    await audience.waitForFunction(
      () => document.querySelector('.slide-current')?.getAttribute('data-index') === '0',
    );
    await audience.evaluate(RECORD_SHOWN);
    const sent: number[] = [];
    for (let i = 0; i < presses; i += 1) {
      await main.waitForTimeout(gapMs);
      sent.push((await main.evaluate(PRESS)) as number);
    }
    await audience.waitForFunction(
      (n) => document.querySelector('.slide-current')?.getAttribute('data-index') === String(n),
      presses,
      { timeout: 10_000 },
    );
    const shown = (await audience.evaluate('window.__shownAt')) as Record<string, number>;
    return sent.map((at, i) => (shown[String(i + 1)] ?? Number.NaN) - at);
  } finally {
    await context.close();
  }
}
