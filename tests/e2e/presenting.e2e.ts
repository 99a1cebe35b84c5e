// The lecturer's keys, overlays, display flags, touch/wheel and accessibility in the built app.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KEY_BINDINGS } from '../../src/present/keymap.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type DeckPage, type Session, startSession } from './support/session.ts';
import { currentPosition, focusKeyTakingWidget } from './support/slidePosition.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const positionBecomes = async (deck: DeckPage, expected: number): Promise<number> => {
  await deck.page
    .waitForFunction(
      (n) => document.querySelector<HTMLElement>('.slide-current')?.dataset.index === String(n - 1),
      expected,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return currentPosition(deck);
};
/** The class, or undefined, of the open overlay once it is in the DOM. */
const openOverlay = async (deck: DeckPage): Promise<string | undefined> => {
  await deck.page
    .waitForSelector('dialog.deck-overlay[open]', { timeout: 10_000 })
    .catch(() => null);
  return deck.page.evaluate(
    () => document.querySelector('dialog.deck-overlay[open]')?.className ?? undefined,
  );
};
const focusInsideOverlay = (deck: DeckPage): Promise<boolean> =>
  deck.page.evaluate(() => document.activeElement?.closest('dialog.deck-overlay') != null);
const overlayGone = (deck: DeckPage): Promise<boolean> =>
  deck.page
    .waitForFunction(() => document.querySelector('dialog.deck-overlay') === null, undefined, {
      timeout: 10_000,
    })
    .then(
      () => true,
      () => false,
    );

describe.runIf(chromiumAvailable())('presenting: keys and overlays', () => {
  const deck = useDeckPage();

  beforeEach(async () => {
    await deck.open('?p=lecture5.md#10');
  });

  it('h opens the help generated from the key table; keys do not move the slide; Esc closes and gives focus back', async () => {
    await deck.page.evaluate(() => {
      const probe = document.createElement('button');
      probe.id = 'probe';
      probe.textContent = 'probe';
      document.body.append(probe);
      probe.focus();
      probe.blur(); // keys go to the page, but focus should come back to the body afterwards
    });
    await deck.page.keyboard.press('h');
    expect(await openOverlay(deck)).toContain('deck-help');
    expect(await focusInsideOverlay(deck)).toBe(true);
    const help = await deck.page.textContent('.deck-help');
    for (const text of ['Затемнити екран', 'Віддзеркалити', 'Огляд усіх слайдів', 'Пошук']) {
      expect(help).toContain(text);
    }
    expect(await deck.page.$$eval('.deck-help-table tr', (rows) => rows.length)).toBe(
      KEY_BINDINGS.length,
    );
    await deck.page.keyboard.press('ArrowRight');
    expect(await currentPosition(deck)).toBe(10);
    await deck.page.keyboard.press('Escape');
    expect(await overlayGone(deck)).toBe(true);
    await deck.page.keyboard.press('?');
    expect(await openOverlay(deck)).toContain('deck-help');
    await deck.page.keyboard.press('?');
    expect(await overlayGone(deck)).toBe(true);
    await deck.page.keyboard.press('ArrowRight');
    expect(await currentPosition(deck)).toBe(11);
  });

  it('gives focus back to the element that had it when an overlay closes', async () => {
    await deck.page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#10';
      link.id = 'probe-link';
      link.textContent = 'probe';
      document.body.append(link);
      link.focus();
    });
    await deck.page.keyboard.press('o');
    expect(await openOverlay(deck)).toContain('deck-overview');
    await deck.page.keyboard.press('Escape');
    expect(await overlayGone(deck)).toBe(true);
    expect(await deck.page.evaluate(() => document.activeElement?.id)).toBe('probe-link');
  });

  it('o shows thumbnails lazily, without media or widgets; arrows and Enter jump', async () => {
    await deck.page.keyboard.press('o');
    expect(await openOverlay(deck)).toContain('deck-overview');
    const counts = await deck.page.evaluate(() => ({
      buttons: document.querySelectorAll('.deck-overview-item').length,
      rendered: document.querySelectorAll('.slide-thumbnail').length,
      live: document.querySelectorAll('.deck-overview iframe, .deck-overview video').length,
      focused: (document.activeElement as HTMLElement | null)?.dataset.index,
    }));
    expect(counts.buttons).toBeGreaterThan(70);
    expect(counts.rendered).toBeGreaterThan(0);
    expect(counts.rendered).toBeLessThan(counts.buttons);
    expect(counts.live).toBe(0);
    expect(counts.focused).toBe('9');
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.keyboard.press('Enter');
    expect(await overlayGone(deck)).toBe(true);
    expect(await positionBecomes(deck, 12)).toBe(12);
  });

  it('a click on a thumbnail jumps to that slide', async () => {
    await deck.page.keyboard.press('o');
    await openOverlay(deck);
    await deck.page.click('.deck-overview-item[data-index="2"]');
    expect(await overlayGone(deck)).toBe(true);
    expect(await positionBecomes(deck, 3)).toBe(3);
  });

  it('/ searches slides and notes; typing does not move the slide; ↓ Enter jumps', async () => {
    await deck.page.keyboard.press('/');
    expect(await openOverlay(deck)).toContain('deck-search');
    expect(await deck.page.evaluate(() => document.activeElement?.className)).toBe(
      'deck-search-input',
    );
    await deck.page.keyboard.type('MAXPOOL');
    await deck.page.waitForSelector('.deck-search-results [role="option"]');
    const hits = await deck.page.$$eval('.deck-search-results [role="option"]', (options) =>
      options.map((o) => Number((o as HTMLElement).dataset.index) + 1),
    );
    expect(hits.length).toBeGreaterThan(1);
    expect(await deck.page.textContent('.deck-search-results mark')).toMatch(/maxpool/i);
    expect(await currentPosition(deck)).toBe(10);
    await deck.page.keyboard.press('ArrowDown');
    await deck.page.keyboard.press('Enter');
    expect(await overlayGone(deck)).toBe(true);
    expect(await positionBecomes(deck, hits[1] ?? 0)).toBe(hits[1]);
  });

  it('b blacks out and m mirrors the slide, each toggling', async () => {
    const state = () =>
      deck.page.evaluate(() => ({
        frame: getComputedStyle(document.querySelector('.slide-frame') as Element).visibility,
        transform: getComputedStyle(document.querySelector('.deck-viewport') as Element).transform,
      }));
    await deck.page.keyboard.press('b');
    expect((await state()).frame).toBe('hidden');
    await deck.page.keyboard.press('b');
    expect((await state()).frame).toBe('visible');
    await deck.page.keyboard.press('m');
    expect((await state()).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await deck.page.keyboard.press('m');
    expect((await state()).transform).toBe('none');
  });

  it('f asks for fullscreen and is harmless either way', async () => {
    await deck.page.keyboard.press('f');
    await deck.page.waitForTimeout(200);
    await deck.page.keyboard.press('ArrowRight');
    expect(await currentPosition(deck)).toBe(11);
  });

  it('p switches presenter mode on and off (#pN)', async () => {
    await deck.page.keyboard.press('p');
    await deck.page.waitForFunction(() => location.hash === '#p10');
    expect(await deck.page.evaluate(() => document.getElementById('app')?.dataset.mode)).toBe(
      'presenter',
    );
    await deck.page.keyboard.press('p');
    await deck.page.waitForFunction(() => location.hash === '#10');
    expect(await deck.page.evaluate(() => document.getElementById('app')?.dataset.mode)).toBe(
      'slideshow',
    );
  });

  it('#pN opens presenter mode', async () => {
    await deck.open('?p=lecture5.md#p4');
    expect(await deck.page.evaluate(() => document.getElementById('app')?.dataset.mode)).toBe(
      'presenter',
    );
  });

  it('r opens review mode at the current slide', async () => {
    await deck.page.keyboard.press('r');
    await deck.page.waitForURL(/mode=review/);
    const url = new URL(deck.page.url());
    expect(url.searchParams.get('p')).toBe('lecture5.md');
    expect(url.hash).toBe('#10');
  });

  it('ignores deck keys inside contenteditable elements', async () => {
    await deck.page.evaluate(() => {
      const editable = document.createElement('div');
      editable.contentEditable = 'true';
      document.body.append(editable);
      editable.focus();
    });
    for (const key of ['b', 'o', 'ArrowRight', 'h']) await deck.page.keyboard.press(key);
    expect(await currentPosition(deck)).toBe(10);
    expect(await deck.page.$('dialog.deck-overlay')).toBeNull();
  });

  it('Space on a focused button presses it instead of moving the slide', async () => {
    await deck.page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'space-probe';
      button.textContent = 'probe';
      button.addEventListener('click', () => {
        button.dataset.clicked = 'yes';
      });
      document.querySelector('.slide-current .slide-content')?.append(button);
      button.focus();
    });
    await deck.page.keyboard.press('Space');
    expect(await currentPosition(deck)).toBe(10);
    expect(await deck.page.$eval('#space-probe', (b) => b.getAttribute('data-clicked'))).toBe(
      'yes',
    );
    await deck.page.keyboard.press('ArrowRight');
    expect(await currentPosition(deck)).toBe(11);
  });

  it('Esc leaves a widget that takes keys, so the deck keys work again', async () => {
    await focusKeyTakingWidget(deck);
    await deck.page.keyboard.press('ArrowRight');
    expect(await currentPosition(deck)).toBe(10);
    await deck.page.keyboard.press('Escape');
    await deck.page.keyboard.press('ArrowRight');
    expect(await currentPosition(deck)).toBe(11);
  });

  it('announces slide changes in an aria-live region', async () => {
    await deck.page.keyboard.press('ArrowRight');
    const shown = await deck.page.textContent('.slide-current .slide-number');
    const [number, total] = (shown ?? '').split(' / ');
    const expected = `Слайд ${number} з ${total}`;
    await deck.page
      .waitForFunction(
        (text) => document.querySelector('[aria-live].deck-announcer')?.textContent === text,
        expected,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const live = await deck.page.$eval('[aria-live].deck-announcer', (e) => e.textContent);
    expect(live).toBe(expected);
  });

  it('the wheel moves one slide per gesture, however long the inertial scroll', async () => {
    // A trackpad flick: 60 events with decaying deltas, dispatched together (a busy machine
    // cannot open gaps between them; the 16 ms cadence is covered by the unit tests).
    await deck.page.evaluate(() => {
      const target = document.querySelector('.slide-current') as Element;
      for (let i = 0; i < 60; i += 1) {
        const deltaY = Math.max(1, 100 * 0.93 ** i);
        target.dispatchEvent(new WheelEvent('wheel', { deltaY, bubbles: true }));
      }
    });
    expect(await currentPosition(deck)).toBe(11);
    await deck.page.waitForTimeout(400);
    await deck.page.mouse.move(500, 380);
    await deck.page.mouse.wheel(0, -100);
    expect(await positionBecomes(deck, 10)).toBe(10);
  });

  it('logged no errors', () => {
    expect(deck.errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('presenting: touch and reduced motion', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('swipes and taps on the halves move; a tap on a link does not', async () => {
    const deck = await session.newDeckPage();
    const cdp = await deck.page.context().newCDPSession(deck.page);
    await deck.open('?p=lecture5.md#10');
    const touch = async (points: readonly [number, number][]): Promise<void> => {
      const [first, ...rest] = points;
      if (!first) return;
      // Explicit timestamps, 20 ms apart: a busy machine must not turn a tap into a long press.
      const t0 = Date.now() / 1000;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: first[0], y: first[1] }],
        timestamp: t0,
      });
      for (const [i, [x, y]] of rest.entries()) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y }],
          timestamp: t0 + 0.02 * (i + 1),
        });
      }
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchEnd',
        touchPoints: [],
        timestamp: t0 + 0.02 * (rest.length + 1),
      });
    };
    await touch([[800, 400]]);
    expect(await positionBecomes(deck, 11)).toBe(11);
    await touch([[200, 400]]);
    expect(await positionBecomes(deck, 10)).toBe(10);
    await touch([
      [700, 400],
      [500, 405],
      [300, 410],
    ]);
    expect(await positionBecomes(deck, 11)).toBe(11);
    await touch([
      [300, 400],
      [500, 400],
      [700, 400],
    ]);
    expect(await positionBecomes(deck, 10)).toBe(10);
    await deck.page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#10';
      link.textContent = 'a link';
      Object.assign(link.style, { position: 'fixed', left: '850px', top: '300px', zIndex: '5' });
      document.body.append(link);
    });
    await touch([[860, 308]]);
    await deck.page.waitForTimeout(300);
    expect(await currentPosition(deck)).toBe(10);
    expect(deck.errors).toEqual([]);
    await deck.close();
  });

  it('with reduced motion, nothing animates', async () => {
    const deck = await session.newDeckPage();
    await deck.page.emulateMedia({ reducedMotion: 'reduce' });
    await deck.open('?p=lecture5.md#no-such-slide');
    const duration = await deck.page.$eval(
      '.deck-notice',
      (e) => getComputedStyle(e).transitionDuration,
    );
    expect(duration).toBe('0s');
    await deck.close();
  });
});
