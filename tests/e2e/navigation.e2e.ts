// Keys, URL hash and ?p= in the built app.
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { indexOfNumber } from '../../src/model/index.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { chromiumAvailable } from './support/browser.ts';
import type { DeckPage } from './support/session.ts';
import { currentPosition, focusKeyTakingWidget } from './support/slidePosition.ts';
import { useDeckPage } from './support/useDeckPage.ts';

// Positions that depend on the lecture's content, read from the deck as the build renders it.
const lecture = createDeckSource(resolve(import.meta.dirname, '../..'), { figureStandIns }).render(
  'lecture5.md',
);
const LAST = lecture?.slides.length ?? 0;
/** The first slide after slide 10 that shows math (rendered KaTeX). */
const MATH_SLIDE =
  (lecture?.slides.findIndex((s) => s.index >= 10 && s.html.includes('class="katex')) ?? -1) + 1;

/** A number shown on a slide after some `count: false` slides: its position differs. */
const SHOWN = 52;
const SHOWN_AT = (indexOfNumber(lecture?.slides ?? [], SHOWN) ?? -2) + 1;
/** A number a `count: false` slide repeats (the deck's last such, so its position differs). */
const SHARED = lecture?.slides
  .filter((s, i) => i > 0 && lecture.slides[i - 1]?.number === s.number)
  .at(-1)?.number;
const SHARED_AT = (indexOfNumber(lecture?.slides ?? [], SHARED ?? -1) ?? -2) + 1;

const currentHash = (deck: DeckPage): Promise<string> => deck.page.evaluate(() => location.hash);
/** The hash is written shortly after a move (off the key handler's critical path). */
const hashBecomes = async (deck: DeckPage, hash: string): Promise<string> => {
  await deck.page
    .waitForFunction((h) => location.hash === h, hash, { timeout: 2000 })
    .catch(() => undefined);
  return currentHash(deck);
};

describe.runIf(chromiumAvailable())('navigation in the browser', () => {
  const deck = useDeckPage();

  describe('keys', () => {
    beforeEach(async () => {
      await deck.open('?p=lecture5.md#10');
      expect(await currentPosition(deck)).toBe(10);
    });

    it.each([
      ['ArrowRight', 11],
      ['ArrowDown', 11],
      ['PageDown', 11],
      ['Space', 11],
      ['j', 11],
      ['ArrowLeft', 9],
      ['ArrowUp', 9],
      ['PageUp', 9],
      ['Shift+Space', 9],
      ['k', 9],
      ['Home', 1],
      ['End', LAST],
    ])('%s goes to slide %i and writes it in the hash', async (key, expected) => {
      await deck.page.keyboard.press(key);
      expect(await currentPosition(deck)).toBe(expected);
      expect(await hashBecomes(deck, `#${expected}`)).toBe(`#${expected}`);
    });

    /** The `current / total` text on the slide shown. */
    const shownNumber = (): Promise<string> =>
      deck.page.evaluate(
        () => document.querySelector('.slide-current .slide-number')?.textContent ?? '',
      );

    it('digits then Enter go to the slide showing that number, not that position', async () => {
      expect(SHOWN_AT).toBeGreaterThan(SHOWN);
      for (const key of [...String(SHOWN), 'Enter']) await deck.page.keyboard.press(key);
      expect(await currentPosition(deck)).toBe(SHOWN_AT);
      expect(await shownNumber()).toBe(`${SHOWN} / ${lecture?.total}`);
      // Screen readers hear the number the slide shows too.
      const label = await deck.page.evaluate(
        () => document.querySelector('.slide-current')?.getAttribute('aria-label') ?? '',
      );
      expect(label).toBe(`Слайд ${SHOWN}`);
      // The hash keeps remark.js's meaning: the position.
      expect(await hashBecomes(deck, `#${SHOWN_AT}`)).toBe(`#${SHOWN_AT}`);
    });

    it('a number a count: false slide repeats goes to the first slide showing it', async () => {
      expect(SHARED_AT).toBeGreaterThan(Number(SHARED));
      expect(lecture?.slides[SHARED_AT]?.number).toBe(SHARED);
      for (const key of [...String(SHARED), 'Enter']) await deck.page.keyboard.press(key);
      expect(await currentPosition(deck)).toBe(SHARED_AT);
    });

    it('a number no slide shows does not move', async () => {
      const beyond = Number(lecture?.total) + 1;
      expect(beyond).toBeLessThanOrEqual(LAST);
      for (const key of [...String(beyond), 'Enter']) await deck.page.keyboard.press(key);
      expect(await currentPosition(deck)).toBe(10);
    });

    it('ignores keys with Ctrl, Meta or Alt held', async () => {
      for (const key of ['Control+ArrowRight', 'Meta+ArrowRight', 'Alt+ArrowRight']) {
        await deck.page.keyboard.press(key);
      }
      expect(await currentPosition(deck)).toBe(10);
    });

    it('ignores keys typed into a form field', async () => {
      await deck.page.evaluate(() => {
        const input = document.createElement('input');
        input.id = 'probe';
        document.body.append(input);
        input.focus();
      });
      await deck.page.keyboard.press('ArrowRight');
      await deck.page.keyboard.press('j');
      expect(await currentPosition(deck)).toBe(10);
    });

    it('ignores keys inside a widget that takes keys', async () => {
      await focusKeyTakingWidget(deck);
      await deck.page.keyboard.press('ArrowRight');
      await deck.page.keyboard.press('Space');
      expect(await currentPosition(deck)).toBe(10);
    });

    it('moves without adding history entries', async () => {
      const before = await deck.page.evaluate(() => history.length);
      for (let i = 0; i < 5; i += 1) await deck.page.keyboard.press('ArrowRight');
      expect(await hashBecomes(deck, '#15')).toBe('#15');
      expect(await deck.page.evaluate(() => history.length)).toBe(before);
    });
  });

  describe('overview', () => {
    const labelAt = (index: number): Promise<string | null | undefined> =>
      deck.page.evaluate(
        (i) =>
          document.querySelector(`.deck-overview-item[data-index="${i}"] .deck-overview-number`)
            ?.textContent,
        index,
      );

    it('names slides by the number shown on them and marks count: false slides', async () => {
      await deck.open('?p=lecture5.md#10');
      await deck.page.keyboard.press('o');
      await deck.page.waitForSelector('dialog.deck-overview[open]');
      expect(await labelAt(SHOWN_AT - 1)).toBe(`Слайд ${SHOWN}`);
      // The first slide that repeats the number before it (`count: false`).
      const unnumbered =
        lecture?.slides.findIndex((s, i) => i > 0 && lecture.slides[i - 1]?.number === s.number) ??
        -1;
      expect(unnumbered).toBeGreaterThan(0);
      const repeated = lecture?.slides[unnumbered]?.number;
      expect(await labelAt(unnumbered)).toBe(`Без номера (після слайда ${repeated})`);
      await deck.page.keyboard.press('Escape');
    });
  });

  describe('URL', () => {
    it('opens #N at position N', async () => {
      await deck.open('?p=lecture5.md#37');
      expect(await currentPosition(deck)).toBe(37);
    });

    /** When the KaTeX stylesheet was fetched, relative to the `deck:ready` mark. */
    const mathStylesTiming = (): Promise<{ ready: number; start: number; end: number }> =>
      deck.page.evaluate(() => {
        const ready = performance.getEntriesByName('deck:ready')[0]?.startTime ?? Number.NaN;
        const css = performance
          .getEntriesByType('resource')
          .find((e) => /\/katex-[^/]*\.css$/.test(e.name)) as PerformanceResourceTiming | undefined;
        return { ready, start: css?.startTime ?? Number.NaN, end: css?.responseEnd ?? Number.NaN };
      });

    it('waits for the math stylesheet when the first slide shows math', async () => {
      expect(MATH_SLIDE).toBeGreaterThan(10);
      await deck.open(`?p=lecture5.md#${MATH_SLIDE}`);
      const t = await mathStylesTiming();
      expect(t.end).toBeLessThanOrEqual(t.ready);
    });

    it('fetches the math stylesheet only after a first slide without math', async () => {
      await deck.open('?p=lecture5.md#1');
      await deck.page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => e.name.includes('/katex-')),
      );
      const t = await mathStylesTiming();
      // Requested as the ready promise settles. The mark is set a few microtasks later, and
      // on a loaded machine other queued work (widget code resolving) can run in between:
      // 7 ms was seen. A stylesheet on the first slide's path would start hundreds of ms earlier.
      expect(t.start).toBeGreaterThan(t.ready - 50);
    });

    it('opens a deck without a hash at slide 1 and writes #1', async () => {
      // The root URL lists the decks (there are several): see decks.e2e.ts.
      await deck.open('?p=lecture5.md');
      expect(await currentPosition(deck)).toBe(1);
      expect(await hashBecomes(deck, '#1')).toBe('#1');
    });

    it('shows slide 1 and a notice for an unknown hash', async () => {
      await deck.open('?p=lecture5.md#no-such-slide');
      expect(await currentPosition(deck)).toBe(1);
      expect(await hashBecomes(deck, '#1')).toBe('#1');
      const notice = await deck.page.textContent('.deck-notice');
      expect(notice).toContain('«no-such-slide» не знайдено');
    });

    it('follows a hash typed while presenting', async () => {
      await deck.open('?p=lecture5.md#3');
      await deck.page.evaluate(() => {
        location.hash = '#20';
      });
      await deck.page.waitForFunction(
        () => document.querySelector('.slide-current')?.getAttribute('data-index') === '19',
      );
      expect(await currentPosition(deck)).toBe(20);
    });

    it.each([
      '../package.json',
      'https://example.com/lecture5.md',
      'slides/lecture5.md',
      'lecture99.md',
    ])('refuses ?p=%s with a message and loads no deck', async (p) => {
      const fetched: string[] = [];
      const onRequest = (request: { url(): string }) => fetched.push(request.url());
      deck.page.on('request', onRequest);
      await deck.open(`?p=${encodeURIComponent(p)}`);
      deck.page.off('request', onRequest);
      expect(await deck.page.textContent('.deck-message h1')).toBe('Презентацію не знайдено');
      expect(await deck.page.textContent('.deck-message')).toContain(p);
      expect(await deck.page.$('.slide')).toBeNull();
      expect(fetched.filter((url) => /lecture5-.*\.js$/.test(url))).toEqual([]);
    });
  });

  it('logged no errors', () => {
    expect(deck.errors).toEqual([]);
  });
});
