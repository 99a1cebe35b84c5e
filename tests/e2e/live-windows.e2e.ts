// Live cells across windows: the audience window (`c`) mirrors the main window's session over
// the deck's BroadcastChannel; a run started in either window computes once, in the main one.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveCellSlides } from '../widgets/live-cell/cellSlides.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type DeckPage, type Session, startSession, waitForDeck } from './support/session.ts';

const SLIDES = liveCellSlides();
const cellSel = (id: string) => `.slide-current [data-live-cell="${id}"]`;
const outputs = (page: Page, id: string): Promise<string[]> =>
  page.$$eval(`${cellSel(id)} [data-live-output] .lc-outputs .lc-text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );
const becomesDone = (page: Page, id: string): Promise<unknown> =>
  page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done',
    cellSel(id),
    { timeout: 120_000 },
  );
/**
 * Data files a page (or one of its Workers: the data and training Workers load MNIST) asks
 * for: the computing window loads MNIST, a mirror never does.
 */
const fetched = new Map<Page, string[]>();
const recordDataFetches = (page: Page): void => {
  const list: string[] = [];
  fetched.set(page, list);
  page.on('request', (r) => {
    if (r.url().includes('/data/mnist-')) list.push(r.url());
  });
};
const dataFetches = async (page: Page): Promise<string[]> => fetched.get(page) ?? [];

describe.runIf(chromiumAvailable())('live cells in two windows', () => {
  let session: Session;
  let deck: DeckPage;
  let main: Page;
  let audience: Page;
  const audienceErrors: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    deck = await session.newDeckPage();
    main = deck.page;
    recordDataFetches(main);
    await deck.open(`?p=lecture5.md&live=test#${SLIDES.get('mnist-load')}`);
    const popup = main.context().waitForEvent('page');
    await main.keyboard.press('c');
    audience = await popup;
    recordDataFetches(audience);
    audience.on('pageerror', (e) => audienceErrors.push(e.message));
    audience.on('console', (m) => {
      if (m.type() === 'error') audienceErrors.push(m.text());
    });
    await audience.waitForLoadState();
    await waitForDeck(audience);
  });

  afterAll(async () => {
    await deck?.close();
    await session?.close();
  });

  it('a run pressed in the audience window computes in the main window', {
    timeout: 180_000,
  }, async () => {
    const run = `${cellSel('mnist-load')} button[data-action="run"]:not([disabled])`;
    await audience.waitForSelector(run, { timeout: 30_000 });
    await audience.click(run);
    await becomesDone(main, 'mnist-load');
    await becomesDone(audience, 'mnist-load');
    expect(await outputs(audience, 'mnist-load')).toEqual(await outputs(main, 'mnist-load'));
  });

  it('the audience mirrors results and progress without computing', {
    timeout: 300_000,
  }, async () => {
    await main.keyboard.press('ArrowRight');
    await audience.waitForSelector(`${cellSel('train-shapes')} button[data-action="run"]`, {
      timeout: 30_000,
    });
    await main.click(`${cellSel('train-shapes')} button[data-action="run"]:not([disabled])`);
    await becomesDone(audience, 'train-shapes');
    const shown = await outputs(audience, 'train-shapes');
    expect(shown[0]).toMatch(/^\(\d+, 28, 28\)$/);
    expect(shown).toEqual(await outputs(main, 'train-shapes'));
    expect(await dataFetches(main)).not.toEqual([]);
    expect(await dataFetches(audience)).toEqual([]);
    expect(deck.errors).toEqual([]);
    expect(audienceErrors).toEqual([]);
  });
});
