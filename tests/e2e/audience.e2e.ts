// The audience (clone) window: two pages of one browser context kept in step over the
// deck's BroadcastChannel.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAddedIframes } from './support/addedIframes.ts';
import { openAudienceWindow } from './support/audienceWindow.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type DeckPage, type Session, startSession, waitForDeck } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const indexOf = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('.slide-current')?.dataset.index));
/** Waits until the page shows slide `index` (0-based); returns what it shows. */
const shows = async (page: Page, index: number): Promise<number> => {
  await page
    .waitForFunction(
      (i) => document.querySelector<HTMLElement>('.slide-current')?.dataset.index === String(i),
      index,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return indexOf(page);
};
const rootHas = (page: Page, className: string): Promise<boolean> =>
  page
    .waitForFunction((c) => document.getElementById('app')?.classList.contains(c), className, {
      timeout: 10_000,
    })
    .then(
      () => true,
      () => false,
    );
const errorsOf = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('youtube')) errors.push(m.text());
  });
  return errors;
};

describe.runIf(chromiumAvailable())('audience window', () => {
  let session: Session;
  let deck: DeckPage;
  let main: Page;
  let audience: Page;
  let audienceErrors: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    deck = await session.newDeckPage();
    main = deck.page;
    await deck.open('?p=lecture5.md#5');
  });

  afterAll(async () => {
    await deck?.close();
    await session?.close();
  });

  const pagesNow = (): number => main.context().pages().length;

  it('c opens the audience window at the same slide, marked in its URL', async () => {
    const popup = main.context().waitForEvent('page');
    await main.keyboard.press('c');
    audience = await popup;
    audienceErrors = errorsOf(audience);
    await audience.waitForLoadState();
    await waitForDeck(audience);
    expect(new URL(audience.url()).searchParams.get('view')).toBe('audience');
    expect(await shows(audience, 4)).toBe(4);
    expect(await audience.evaluate(() => document.getElementById('app')?.dataset.mode)).toBe(
      'audience',
    );
    // Opened with noopener: a process of its own, so neither window waits for the other.
    expect(await audience.evaluate(() => window.opener)).toBeNull();
  });

  it('follows slide keys, blackout and mirror from the main window', async () => {
    await main.keyboard.press('ArrowRight');
    await main.keyboard.press('ArrowRight');
    expect(await shows(audience, 6)).toBe(6);
    await main.keyboard.press('b');
    expect(await rootHas(audience, 'is-blackout')).toBe(true);
    await main.keyboard.press('b');
    await main.keyboard.press('m');
    expect(await rootHas(main, 'is-mirrored')).toBe(true);
    expect(
      await main.evaluate(() => document.getElementById('app')?.classList.contains('is-blackout')),
    ).toBe(false);
    expect(await rootHas(audience, 'is-mirrored')).toBe(true);
    expect(
      await audience.evaluate(() =>
        document.getElementById('app')?.classList.contains('is-blackout'),
      ),
    ).toBe(false);
    await main.keyboard.press('m');
  });

  it('moves the main window when the audience window is driven', async () => {
    await audience.keyboard.press('ArrowLeft');
    expect(await shows(main, 5)).toBe(5);
  });

  it('never opens a second audience window or a chain, from either window', async () => {
    const before = pagesNow();
    await main.keyboard.press('c');
    await audience.keyboard.press('c');
    await main.waitForTimeout(500);
    expect(pagesNow()).toBe(before);
  });

  it('a reloaded audience window comes back in step', async () => {
    await main.keyboard.press('End');
    const last = await indexOf(main);
    await audience.reload();
    await waitForDeck(audience);
    expect(await shows(audience, last)).toBe(last);
    await main.keyboard.press('Home');
    expect(await shows(audience, 0)).toBe(0);
  });

  it('a reloaded main window adopts the current slide and keeps driving', async () => {
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    expect(await shows(main, 2)).toBe(2);
    // The main window reloads at an older hash (#1): the running presentation wins.
    const url = main.url().replace(/#.*$/, '#1');
    await main.goto('about:blank');
    await main.goto(url);
    await waitForDeck(main);
    expect(await shows(main, 2)).toBe(2);
    await main.keyboard.press('ArrowRight');
    expect(await shows(audience, 3)).toBe(3);
    // It still knows the audience window exists: `c` opens no other.
    const before = pagesNow();
    await main.keyboard.press('c');
    await main.waitForTimeout(500);
    expect(pagesNow()).toBe(before);
  });

  it('a second main window of the same deck joins without opening another audience', async () => {
    const second = await main.context().newPage();
    const secondErrors = errorsOf(second);
    await second.goto(main.url().replace(/#.*$/, '#40'));
    await waitForDeck(second);
    expect(await shows(second, 3)).toBe(3);
    const before = pagesNow();
    await second.keyboard.press('c');
    await second.waitForTimeout(500);
    expect(pagesNow()).toBe(before);
    await second.keyboard.press('ArrowRight');
    expect(await shows(audience, 4)).toBe(4);
    expect(await shows(main, 4)).toBe(4);
    await second.close();
    expect(secondErrors).toEqual([]);
  });

  it('keeps following when the main window switches to presenter mode', async () => {
    const modeOf = (page: Page) =>
      page.evaluate(() => document.getElementById('app')?.dataset.mode);
    await main.keyboard.press('p');
    await main.waitForFunction(() => document.getElementById('app')?.dataset.mode === 'presenter');
    const before = await indexOf(main);
    await main.keyboard.press('ArrowRight');
    expect(await shows(audience, before + 1)).toBe(before + 1);
    expect(await modeOf(audience)).toBe('audience');
    await main.keyboard.press('ArrowLeft');
    expect(await shows(audience, before)).toBe(before);
    await main.keyboard.press('p');
    await main.waitForFunction(() => document.getElementById('app')?.dataset.mode === 'slideshow');
  });

  it('closing the audience window leaves the main window working; c opens a new one', async () => {
    await audience.close();
    await main.keyboard.press('ArrowRight');
    expect(await shows(main, 5)).toBe(5);
    const popup = main.context().waitForEvent('page');
    await main.keyboard.press('c');
    const fresh = await popup;
    await fresh.waitForLoadState();
    await waitForDeck(fresh);
    expect(await shows(fresh, 5)).toBe(5);
    await main.keyboard.press('ArrowRight');
    expect(await shows(fresh, 6)).toBe(6);
    await fresh.close();
  });

  it('logged no errors', () => {
    expect(deck.errors).toEqual([]);
    expect(audienceErrors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('audience window blocked by the browser', () => {
  const deck = useDeckPage();

  it('says so when no audience window answers in time', async () => {
    // A popup blocker: window.open opens nothing.
    await deck.page.addInitScript(() => {
      window.open = () => null;
    });
    await deck.open('?p=lecture5.md#3');
    await deck.page.keyboard.press('c');
    await deck.page.keyboard.press('c'); // a second press while waiting opens nothing more
    const notice = deck.page.getByText('Браузер не дозволив відкрити вікно', { exact: false });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.count()).toBe(1);
    expect(deck.page.context().pages()).toHaveLength(1);
    expect(deck.errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('audience window while the lecturer flips through', () => {
  const deck = useDeckPage();

  it('starts widgets only on the slide where the lecturer stops', async () => {
    await deck.open('?p=lecture5.md#1');
    const audience = await openAudienceWindow(deck.page);
    await shows(audience.page, 0);
    // Records the slide of every widget that starts in the audience window (a widget says
    // its state in data-state from the moment it mounts).
    await audience.page.evaluate(() => {
      const started: string[] = [];
      (window as unknown as { __started: string[] }).__started = started;
      new MutationObserver((records) => {
        for (const r of records) {
          const slide = (r.target as HTMLElement).closest<HTMLElement>('.slide')?.dataset.index;
          if (slide !== undefined && !started.includes(slide)) started.push(slide);
        }
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });
    // Slides 4–6 (positions 3–5) have widgets; the lecturer passes them and stops on 6.
    for (let i = 0; i < 5; i += 1) {
      await deck.page.keyboard.press('ArrowRight');
      await deck.page.waitForTimeout(40);
    }
    expect(await shows(audience.page, 5)).toBe(5);
    await audience.page.waitForSelector('.slide-current [data-widget][data-state]', {
      timeout: 10_000,
    });
    await audience.page.waitForTimeout(500);
    const started = await audience.page.evaluate(
      () => (window as unknown as { __started: string[] }).__started,
    );
    expect(started).toEqual(['5']);
    expect(audience.errors).toEqual([]);
    await audience.page.close();
  });

  it('loads a video slide only where the lecturer stops, not while flipping past it', async () => {
    // Slides 21 and 22 (positions 20 and 21) embed YouTube videos; 20 and 23 do not.
    await deck.open('?p=lecture5.md#20');
    const audience = await openAudienceWindow(deck.page);
    await shows(audience.page, 19);
    const framed = await recordAddedIframes(audience.page);
    for (let i = 0; i < 3; i += 1) {
      await deck.page.keyboard.press('ArrowRight');
      await deck.page.waitForTimeout(40);
    }
    expect(await shows(audience.page, 22)).toBe(22);
    await audience.page.waitForTimeout(600);
    expect(await framed()).toEqual([]);
    // Back to the second video, and stay: its frame goes in.
    await deck.page.keyboard.press('ArrowLeft');
    expect(await shows(audience.page, 21)).toBe(21);
    await expect.poll(framed, { timeout: 5000 }).toEqual(['21']);
    expect(audience.errors).toEqual([]);
    await audience.page.close();
  });
});
