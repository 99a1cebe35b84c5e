// Hostile raw HTML in a deck (tests/fixtures/render/html-hostile.md), served by the dev
// server from a scratch slides folder: no payload runs script, navigates or hides the page,
// neither on its own slide nor while prepared as a neighbour. Also: an absurd hash is shown
// escaped and shortened in the "slide not found" notice.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, withTimeout } from './support/browser.ts';
import { type DevServer, startDevServer } from './support/devServer.ts';
import { waitForDeck } from './support/session.ts';

const FIXTURE = 'tests/fixtures/render/html-hostile.md';
const DECK = 'hostile.md';
/** Long enough for a `0`-second refresh or a deferred iframe to have acted. */
const SETTLE_MS = 700;

interface PageState {
  readonly pwned: unknown;
  readonly marker: unknown;
  readonly bodyDisplay: string;
  readonly slideVisible: boolean;
  readonly index: number;
  readonly scriptUrls: readonly string[];
}

const readState = (page: Page): Promise<PageState> =>
  withTimeout(
    page.evaluate((): PageState => {
      const w = window as unknown as { __pwned?: unknown; __marker?: unknown };
      const current = document.querySelector<HTMLElement>('.slide-current');
      const rect = current?.getBoundingClientRect();
      // Every URL-valued attribute (including animated SVG hrefs) in every rendered slide.
      const scriptUrls: string[] = [];
      for (const el of document.querySelectorAll('.slide *')) {
        const animated = (el as unknown as { href?: { animVal?: unknown } }).href?.animVal;
        const values = [...el.getAttributeNames().map((n) => el.getAttribute(n) ?? ''), animated];
        for (const v of values) {
          if (typeof v === 'string' && /^\s*(?:javascript|vbscript|data):/i.test(v)) {
            scriptUrls.push(`${el.tagName}: ${v}`);
          }
        }
      }
      return {
        pwned: w.__pwned,
        marker: w.__marker,
        bodyDisplay: getComputedStyle(document.body).display,
        slideVisible:
          rect !== undefined &&
          rect.width > 0 &&
          rect.height > 0 &&
          getComputedStyle(current as HTMLElement).visibility === 'visible',
        index: Number(current?.dataset.index ?? -1),
        scriptUrls,
      };
    }),
    10_000,
    'reading the page state',
  );

describe.runIf(chromiumAvailable())('hostile HTML in a deck', () => {
  let server: DevServer | undefined;
  let url: string;
  let browser: Browser | undefined;
  let page: Page;
  const errors: string[] = [];
  const navigations: string[] = [];
  const states: PageState[] = [];

  beforeAll(async () => {
    server = await startDevServer([[DECK, FIXTURE]]);
    url = server.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });

    await page.goto(new URL(`?p=${DECK}#1`, url).href);
    await waitForDeck(page);
    await page.evaluate(() => {
      (window as unknown as { __marker: string }).__marker = 'same page';
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    const count = await page.evaluate(() => window.slideshow?.getSlideCount() ?? 0);
    for (let i = 0; i < count; i += 1) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(SETTLE_MS);
      // Clicking and hovering what the slide shows: animated SVG links, handlers.
      for (const link of await page.$$('.slide-current svg a, .slide-current a')) {
        await link.click({ timeout: 1000, noWaitAfter: true }).catch(() => undefined);
      }
      await page.mouse.move(500, 400);
      await page.waitForTimeout(100);
      states.push(await readState(page));
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('visits every slide of the deck', () => {
    expect(states.length).toBeGreaterThanOrEqual(8);
    expect(states.map((s) => s.index)).toEqual(states.map((_, i) => i));
  });

  it('runs no script from the deck', () => {
    expect(states.map((s) => s.pwned)).toEqual(states.map(() => undefined));
    expect(errors).toEqual([]);
  });

  it('neither refreshes nor navigates the page', () => {
    expect(states.map((s) => s.marker)).toEqual(states.map(() => 'same page'));
    // Moving between slides only replaces the hash.
    expect(navigations.filter((n) => !n.startsWith(`${url}?p=${DECK}#`))).toEqual([]);
  });

  it('keeps the page and the current slide visible', () => {
    expect(states.filter((s) => s.bodyDisplay === 'none' || !s.slideVisible)).toEqual([]);
  });

  it('leaves no script or data URL in any rendered slide', () => {
    expect(states.flatMap((s) => s.scriptUrls)).toEqual([]);
  });

  it('shows an absurd hash escaped and shortened in the "not found" notice', async () => {
    const hash = `\u202E\u0000<img src=x onerror="top.__pwned='hash'">${'x'.repeat(20_000)}`;
    await page.goto('about:blank');
    await page.goto(new URL(`?p=${DECK}#${encodeURIComponent(hash)}`, url).href);
    await waitForDeck(page);
    await page.waitForSelector('.deck-notice.is-visible', { timeout: 5000 });
    const notice = (await page.textContent('.deck-notice')) ?? '';
    // A summary, not the notice itself: a failure must not print 20,000 characters.
    expect({
      notFound: notice.includes('не знайдено'),
      asText: notice.includes('<img src=x'),
      shortened: notice.includes('…'),
      disguised: notice.includes('\u202E') || notice.includes('\u0000'),
      short: notice.length < 200,
    }).toEqual({ notFound: true, asText: true, shortened: true, disguised: false, short: true });
    expect(await page.$('.deck-notice img')).toBeNull();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
