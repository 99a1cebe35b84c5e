// Review mode (?mode=review) and window.slideshow (remark's API) in the built app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import type { DeckPage } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const REVIEW = '?p=lecture5.md&mode=review';

interface ReviewState {
  readonly items: number;
  readonly notes: number;
  readonly current: string | undefined;
  readonly hash: string;
  /** Top of the current entry below the sticky bar, in CSS px. */
  readonly currentTop: number;
  readonly barBottom: number;
}

const state = (deck: DeckPage): Promise<ReviewState> =>
  deck.page.evaluate(() => {
    const current = document.querySelector<HTMLElement>('.review-item-current');
    return {
      items: document.querySelectorAll('.review-item').length,
      notes: document.querySelectorAll('.review-item .review-notes').length,
      current: current?.id,
      hash: location.hash,
      currentTop: current?.getBoundingClientRect().top ?? Number.NaN,
      barBottom: document.querySelector('.review-bar')?.getBoundingClientRect().bottom ?? 0,
    };
  });

/** The current entry becomes `id` and the hash follows (it is written shortly after). */
const settlesAt = async (deck: DeckPage, id: string): Promise<ReviewState> => {
  await deck.page
    .waitForFunction(
      (n) => document.querySelector('.review-item-current')?.id === n && location.hash === `#${n}`,
      id,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  return state(deck);
};

describe.runIf(chromiumAvailable())('review mode', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 900 } });
  let phone: DeckPage;

  beforeAll(async () => {
    phone = await deck.session.newDeckPage({ width: 375, height: 740 });
  });

  afterAll(async () => {
    await phone?.close();
  });

  it('shows every slide with its notes; a deep link scrolls to its slide', async () => {
    await deck.open(`${REVIEW}#12`);
    const expected = await deck.page.evaluate(() => {
      const slides = window.slideshow?.getSlides() ?? [];
      return { slides: slides.length, notes: slides.filter((s) => s.notes !== '').length };
    });
    // Lecture 5 has no `--` steps: one entry per shown slide (79 when this was written).
    expect(expected.slides).toBeGreaterThanOrEqual(79);
    const at12 = await settlesAt(deck, '12');
    expect(at12.items).toBe(expected.slides);
    expect(at12.notes).toBe(expected.notes);
    expect(at12.current).toBe('12');
    expect(at12.currentTop).toBeGreaterThanOrEqual(at12.barBottom - 1);
    expect(at12.currentTop).toBeLessThan(at12.barBottom + 40);
    const links = await deck.page.evaluate(() => ({
      deep: document.querySelector('.review-item-current .review-link')?.getAttribute('href'),
      back: document.querySelector('.review-back')?.getAttribute('href'),
    }));
    expect(links.deep).toBe('#12');
    expect(links.back).toBe('/?p=lecture5.md#12');
    expect(deck.errors).toEqual([]);
  });

  it('moves slide by slide with j/k and the arrows, Home and End', async () => {
    await deck.open(`${REVIEW}#12`);
    await settlesAt(deck, '12');
    await deck.page.keyboard.press('j');
    expect((await settlesAt(deck, '13')).current).toBe('13');
    await deck.page.keyboard.press('ArrowDown');
    const at14 = await settlesAt(deck, '14');
    expect(at14.current).toBe('14');
    expect(at14.currentTop).toBeLessThan(at14.barBottom + 40);
    await deck.page.keyboard.press('k');
    expect((await settlesAt(deck, '13')).current).toBe('13');
    await deck.page.keyboard.press('ArrowUp');
    expect((await settlesAt(deck, '12')).current).toBe('12');
    await deck.page.keyboard.press('End');
    const last = String(await deck.page.evaluate(() => window.slideshow?.getSlideCount()));
    const atEnd = await settlesAt(deck, last);
    expect(atEnd.current).toBe(last);
    expect(atEnd.currentTop).toBeLessThan(900);
    await deck.page.keyboard.press('Home');
    expect((await settlesAt(deck, '1')).current).toBe('1');
    expect(await deck.page.evaluate(() => scrollY)).toBeLessThan(60);
    expect(deck.errors).toEqual([]);
  });

  it('follows the reader scrolling by hand', async () => {
    await deck.open(REVIEW);
    await deck.page.evaluate(() => {
      const item = document.getElementById('30');
      if (item) window.scrollTo(0, item.getBoundingClientRect().top + scrollY - 60);
    });
    expect((await settlesAt(deck, '30')).current).toBe('30');
  });

  it('mounts widgets only near the viewport, and never plays them on its own', async () => {
    await deck.open(`${REVIEW}#2`);
    const widgetSlide = await deck.page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>('.review-item')];
      const far = items.find(
        (item) => Number(item.id) > 40 && item.querySelector('[data-widget-id]') !== null,
      );
      return far?.id ?? '';
    });
    expect(widgetSlide).not.toBe('');
    const mountedIn = (id: string) =>
      deck.page.evaluate(
        (n) => document.getElementById(n)?.querySelectorAll('.cw').length ?? 0,
        id,
      );
    expect(await mountedIn(widgetSlide)).toBe(0);
    // `#N` is the Nth slide (the ids are positions; digits + Enter take the number shown).
    await deck.page.evaluate((n) => {
      location.hash = `#${n}`;
    }, widgetSlide);
    await settlesAt(deck, widgetSlide);
    await deck.page.waitForFunction(
      (n) => (document.getElementById(n)?.querySelectorAll('.cw').length ?? 0) > 0,
      widgetSlide,
      { timeout: 20_000 },
    );
    const states = await deck.page.evaluate(
      (n) =>
        [...(document.getElementById(n)?.querySelectorAll<HTMLElement>('.cw') ?? [])].map(
          (w) => w.dataset.state,
        ),
      widgetSlide,
    );
    expect(states).not.toContain('playing');
    const autoplaying = await deck.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLMediaElement>('.review video, .review audio')].filter(
          (m) => m.autoplay || !m.paused,
        ).length,
    );
    expect(autoplaying).toBe(0);
    expect(deck.errors).toEqual([]);
  });

  it('fits a phone: slides at the deck ratio across the column, no sideways scrolling', async () => {
    await phone.open(`${REVIEW}#20`);
    const layout = await phone.page.evaluate(() => {
      const box = document.querySelector('.review-item-current .review-slide-box');
      const rect = box?.getBoundingClientRect();
      return {
        width: rect?.width ?? 0,
        height: rect?.height ?? 0,
        pageWidth: document.documentElement.scrollWidth,
        notesFont: Number.parseFloat(
          getComputedStyle(document.querySelector('.review-notes') ?? document.body).fontSize,
        ),
      };
    });
    expect(layout.width).toBeGreaterThan(340);
    expect(layout.width / layout.height).toBeCloseTo(4 / 3, 1);
    expect(layout.pageWidth).toBeLessThanOrEqual(375);
    expect(layout.notesFont).toBeGreaterThanOrEqual(15);
    expect(phone.errors).toEqual([]);
  });

  it('goes back to the slideshow at the current slide with r', async () => {
    await deck.open(`${REVIEW}#15`);
    await settlesAt(deck, '15');
    await Promise.all([
      deck.page.waitForURL(/\?p=lecture5\.md#15$/),
      deck.page.keyboard.press('r'),
    ]);
    await deck.page.waitForFunction(() => window.__deckReady !== undefined);
    await deck.page.evaluate(() => window.__deckReady);
    expect(
      await deck.page.evaluate(
        () => document.querySelector<HTMLElement>('.slide-current')?.dataset.index,
      ),
    ).toBe('14');
  });
});

describe.runIf(chromiumAvailable())('window.slideshow (remark.js API)', () => {
  const deck = useDeckPage();

  it('drives the slideshow and reports slide changes like remark', async () => {
    await deck.open('?p=lecture5.md#3');
    const result = await deck.page.evaluate(() => {
      const api = window.slideshow;
      if (api === undefined) throw new Error('no window.slideshow');
      const seen: string[] = [];
      api.on('hideSlide', (s) => seen.push(`hide ${s.getSlideIndex()}`));
      api.on('showSlide', (s) => seen.push(`show ${s.getSlideIndex()}`));
      api.on('afterShowSlide', (s) =>
        seen.push(
          `after ${s.getSlideIndex()} ${document.querySelector<HTMLElement>('.slide-current')?.dataset.index}`,
        ),
      );
      const start = api.getCurrentSlideIndex();
      api.gotoSlide(10);
      const afterGoto = api.getCurrentSlideIndex();
      api.gotoNextSlide();
      api.gotoPreviousSlide();
      api.gotoLastSlide();
      const last = api.getCurrentSlideIndex();
      api.gotoFirstSlide();
      return { start, afterGoto, last, count: api.getSlideCount(), seen };
    });
    expect(result.start).toBe(2);
    expect(result.afterGoto).toBe(9);
    expect(result.last).toBe(result.count - 1);
    expect(result.seen.slice(0, 3)).toEqual(['hide 2', 'show 9', 'after 9 9']);
    expect(
      await deck.page.evaluate(
        () => document.querySelector<HTMLElement>('.slide-current')?.dataset.index,
      ),
    ).toBe('0');
    // Keys move the slideshow, and the API hears about it.
    await deck.page.evaluate(() => {
      (window as unknown as { shown: number[] }).shown = [];
      window.slideshow?.on('showSlide', (s) =>
        (window as unknown as { shown: number[] }).shown.push(s.getSlideIndex()),
      );
    });
    await deck.page.keyboard.press('ArrowRight');
    expect(
      await deck.page.evaluate(() => (window as unknown as { shown: number[] }).shown),
    ).toEqual([1]);
    expect(deck.errors).toEqual([]);
  });
});
