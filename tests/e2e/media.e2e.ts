// Media on slides: videos play only on their shown slide, iframes exist only while their
// slide is shown, and a YouTube video that cannot load becomes a card (fixture deck media.md).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAddedIframes } from './support/addedIframes.ts';
import { chromiumAvailable, launchChromium } from './support/browser.ts';
import { type DevServer, startDevServer } from './support/devServer.ts';
import { waitForDeck } from './support/session.ts';

interface MediaState {
  readonly current: number;
  /** Every video in the document, with the slide it is on and whether it plays. */
  readonly videos: { slide: number; kind: string; paused: boolean }[];
  /** Slides (indices) that hold a live iframe. */
  readonly iframeSlides: number[];
}

const mediaState = (page: Page): Promise<MediaState> =>
  page.evaluate(() => {
    const slideOf = (el: Element): number =>
      Number(el.closest<HTMLElement>('.slide')?.dataset.index ?? -1);
    return {
      current: Number(document.querySelector<HTMLElement>('.slide-current')?.dataset.index),
      videos: [...document.querySelectorAll('video')].map((v) => ({
        slide: slideOf(v),
        kind: v.className,
        paused: v.paused,
      })),
      iframeSlides: [...document.querySelectorAll('iframe')].map(slideOf),
    };
  });

/** Waits until the current slide is `index` (0-based). */
const onSlide = (page: Page, index: number): Promise<unknown> =>
  page.waitForFunction(
    (i) => document.querySelector('.slide-current')?.getAttribute('data-index') === String(i),
    index,
    { timeout: 5000 },
  );

describe.runIf(chromiumAvailable())('media on slides', () => {
  let server: DevServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startDevServer(['media.md']);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // YouTube never answers: the frame cannot load (the load timeout decides).
    await page.route(/youtube/, () => undefined);
    await page.goto(new URL('?p=media.md#1', server.url).href);
    await waitForDeck(page);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('keeps the next slide’s videos still while it waits on standby', async () => {
    await page.waitForFunction(() => document.querySelectorAll('video').length === 2);
    const state = await mediaState(page);
    expect(state.current).toBe(0);
    expect(state.videos.map((v) => [v.slide, v.paused])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it('starts an autoplay video when its slide is shown, not the others', async () => {
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 1);
    await page.waitForFunction(
      () => document.querySelector<HTMLVideoElement>('video.auto')?.paused === false,
    );
    const state = await mediaState(page);
    expect(state.videos).toEqual([
      { slide: 1, kind: 'auto', paused: false },
      { slide: 1, kind: 'manual', paused: true },
    ]);
  });

  it('pauses every video when its slide is left', async () => {
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('video.manual')?.play());
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    const state = await mediaState(page);
    expect(state.videos.length).toBeGreaterThan(0);
    expect(state.videos.every((v) => v.paused)).toBe(true);
  });

  it('puts an iframe in only once its slide is shown, with a title', async () => {
    await page.waitForFunction(() => document.querySelector('.slide-current iframe') !== null);
    const state = await mediaState(page);
    expect(state.iframeSlides).toEqual([2]);
    expect(await page.getAttribute('.slide-current iframe', 'title')).toBe('Відео з YouTube');
  });

  it('replaces a YouTube frame that does not load in time by a card', async () => {
    const card = await page.waitForSelector('.slide-current .embed-card[data-reason="timeout"]', {
      timeout: 15_000,
    });
    expect(await card.textContent()).toContain('Відео не вдалося завантажити');
    expect(await page.$('.slide-current iframe')).toBeNull();
  });

  it('takes the iframe out when its slide is left (right after the next paint)', async () => {
    await page.keyboard.press('ArrowLeft');
    await onSlide(page, 1);
    await page.waitForFunction(() => document.querySelector('iframe') === null, undefined, {
      timeout: 1000,
    });
    expect((await mediaState(page)).iframeSlides).toEqual([]);
  });

  it('paints the slide before its iframe goes in (the key press does not pay for it)', async () => {
    // A timer queued right after the key press runs before the next frame, so before the
    // after-paint task that inserts the iframe.
    const atOnce = await page.evaluate(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const shown = document.querySelector('.slide-current')?.getAttribute('data-index');
      await new Promise((r) => setTimeout(r, 0));
      return { shown, frames: document.querySelectorAll('.slide-current iframe').length };
    });
    expect(atOnce).toEqual({ shown: '2', frames: 0 });
    await page.waitForSelector('.slide-current iframe', { state: 'attached', timeout: 5000 });
    await page.keyboard.press('ArrowLeft');
    await onSlide(page, 1);
    await page.waitForFunction(() => document.querySelector('iframe') === null, undefined, {
      timeout: 1000,
    });
  });

  it('shows the card at once when the browser is offline, and the deck goes on', async () => {
    await context.setOffline(true);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    const card = await page.waitForSelector('.slide-current .embed-card[data-reason="offline"]', {
      timeout: 1000,
    });
    expect(await card.textContent()).toContain('Відео недоступне офлайн');
    expect(await page.getAttribute('.slide-current .embed-card a', 'href')).toBe(
      'https://www.youtube.com/watch?v=IOHayh06LJ4',
    );
    expect((await mediaState(page)).iframeSlides).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 3);
    await context.setOffline(false);
  });

  it('loads a video only where the lecturer stays: flipping past its slide loads nothing', async () => {
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await onSlide(page, 1);
    const framed = await recordAddedIframes(page);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 3);
    await page.waitForTimeout(600);
    expect(await framed()).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await onSlide(page, 2);
    await expect.poll(framed, { timeout: 5000 }).toEqual(['2']);
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});

// The network is up but YouTube is not: every request to it fails at once (blocked host, no
// route). The frame would show the browser's error page (and still fire `load`).
describe.runIf(chromiumAvailable())('a YouTube host that cannot be reached', () => {
  let server: DevServer;
  let browser: Browser;
  const errors: string[] = [];

  /** A page of media.md on the YouTube slide (index 2), with `youtube` routed by `route`. */
  const openYoutubeSlide = async (
    route: Parameters<BrowserContext['route']>[1],
  ): Promise<{ page: Page; shownAt: number; close: () => Promise<void> }> => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await context.route('**/*youtube*/**', route);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(new URL('?p=media.md#2', server.url).href);
    await waitForDeck(page);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    return { page, shownAt: Date.now(), close: () => context.close() };
  };

  beforeAll(async () => {
    server = await startDevServer(['media.md']);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('replaces the frame by the card within 8 s: no error page stays on the slide', async () => {
    const { page, shownAt, close } = await openYoutubeSlide((route) => route.abort());
    try {
      const card = await page.waitForSelector(
        '.slide-current .embed-card[data-reason="unreachable"]',
        { timeout: 8000 },
      );
      const elapsed = Date.now() - shownAt;
      expect(elapsed).toBeLessThan(8000);
      console.info(`card after ${elapsed} ms`);
      expect(await card.textContent()).toContain('Відео недоступне: YouTube не відповідає');
      expect(await card.isVisible()).toBe(true);
      expect(await page.getAttribute('.slide-current .embed-card a', 'href')).toBe(
        'https://www.youtube.com/watch?v=IOHayh06LJ4',
      );
      expect((await mediaState(page)).iframeSlides).toEqual([]);
      // Coming back asks again: the card stays while the host still cannot be reached.
      await page.keyboard.press('ArrowLeft');
      await onSlide(page, 1);
      await page.keyboard.press('ArrowRight');
      await onSlide(page, 2);
      await page.waitForSelector('.slide-current .embed-card[data-reason="unreachable"]', {
        timeout: 8000,
      });
      expect((await mediaState(page)).iframeSlides).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps a frame that loads while its host answers', async () => {
    const { page, close } = await openYoutubeSlide((route) =>
      route.request().url().endsWith('/generate_204')
        ? route.fulfill({ status: 204 })
        : route.fulfill({ contentType: 'text/html', body: '<title>Відео</title><p>Відео</p>' }),
    );
    try {
      await page.waitForSelector('.slide-current iframe[data-embed-state="ready"]', {
        timeout: 8000,
      });
      expect(await page.$('.slide-current .embed-card')).toBeNull();
      expect((await mediaState(page)).iframeSlides).toEqual([2]);
    } finally {
      await close();
    }
  });

  it('threw nothing and logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
