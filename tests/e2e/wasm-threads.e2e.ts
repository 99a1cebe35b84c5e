// Cross-origin isolation for tfjs's threaded wasm build (src/ml/backend.ts, vite.config.ts):
// the served app is isolated, its YouTube players still load (credentialless frames), and a
// fit with `?threads=2` runs on the threaded build (its pthread Workers exist) and prints the
// same numbers as the single-threaded build: the threads change the speed, not the result.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';
import { chromiumAvailable, launchChromium } from './support/browser.ts';
import { cellSel, cellSlide, cellTexts, waitForCellState } from './support/liveCells.ts';
import { type DeckPage, waitForDeck } from './support/session.ts';
import { startStaticServer } from './support/staticServer.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const VIDEO = 'IOHayh06LJ4';

/** `#N` of lecture 5's first slide whose HTML holds `text`. */
function slideWith(text: string): number {
  const source = readFileSync(resolve(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');
  const rendered = renderDeck(parseDeck(source), { id: 'lecture5.md', fileExists: () => true });
  const slide = rendered.slides.find((s) => s.html.includes(text));
  if (slide === undefined) throw new Error(`no slide with ${text}`);
  return Number(slide.index) + 1;
}

const FIT = 'convnet-fit';

/** The pthread Workers of the threaded build (blob: URLs) among the page's Workers. */
const pthreadWorkers = (page: Page): number =>
  page.workers().filter((w) => w.url().startsWith('blob:')).length;

describe.runIf(chromiumAvailable())('wasm threads (cross-origin isolation)', () => {
  const deck = useDeckPage();

  /**
   * Runs the convnet's fit cell (test switch: 512 digits, 1 epoch) in a fresh browser context
   * (no stored session: the fit starts from the seeded initial weights); its printed outputs.
   */
  const runFit = async (
    query: string,
    prepare?: (deck: DeckPage) => Promise<unknown>,
  ): Promise<{ outputs: string; pthreads: number; title: string; errors: string[] }> => {
    const fresh = await deck.session.newDeckPage();
    try {
      await prepare?.(fresh);
      return { ...(await fitOn(fresh, query)), errors: fresh.errors };
    } finally {
      await fresh.close();
    }
  };
  const fitOn = async (
    deck: DeckPage,
    query: string,
  ): Promise<{ outputs: string; pthreads: number; title: string }> => {
    await deck.open(`?p=lecture5.md&live=test&backend=wasm&${query}#${cellSlide(FIT)}`);
    await deck.page.click(`${cellSel(FIT)} button[data-action="run"]:not([disabled])`, {
      timeout: 60_000,
    });
    await waitForCellState(deck.page, FIT, ['done', 'error'], 180_000);
    const pthreads = pthreadWorkers(deck.page);
    const error = await deck.page.textContent(`${cellSel(FIT)} .lc-error`);
    expect(await deck.page.getAttribute(cellSel(FIT), 'data-state'), `${query}: ${error}`).toBe(
      'done',
    );
    const outputs = (await cellTexts(deck.page, FIT)).join('\n');
    // "Живий результат (TensorFlow.js, wasm, 2 потоки)": which build computed.
    const title = (await deck.page.textContent(`${cellSel(FIT)} .lc-title`)) ?? '';
    return { outputs, pthreads, title };
  };

  it('serves the app cross-origin isolated (COOP same-origin, COEP credentialless)', async () => {
    await deck.open('?p=lecture5.md');
    expect(await deck.page.evaluate(() => crossOriginIsolated)).toBe(true);
  });

  it('still shows a YouTube player, which sends no CORP or COEP header', async () => {
    const context = deck.page.context();
    await context.route(/youtube/, (route) =>
      route.request().url().endsWith('/generate_204')
        ? route.fulfill({ status: 204 })
        : route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: '<title>Відео</title><p>Плеєр</p>',
          }),
    );
    try {
      await deck.open(`?p=lecture5.md#${slideWith(VIDEO)}`);
      const frame = await deck.page.waitForSelector(
        `.slide-current iframe[src*="${VIDEO}"][data-embed-state="ready"]`,
        { timeout: 10_000 },
      );
      expect(await frame.getAttribute('credentialless')).toBe('');
      const player = await frame.contentFrame();
      // COEP would have blocked a frame without the attribute: Chromium's error page instead.
      expect(await player?.textContent('body')).toContain('Плеєр');
    } finally {
      await context.unroute(/youtube/);
    }
  });

  it('trains on two threads with ?threads=2, to the same numbers as one thread', async () => {
    const one = await runFit('threads=1');
    const two = await runFit('threads=2');
    expect(one.errors).toEqual([]);
    expect(two.errors).toEqual([]);
    expect(one.pthreads).toBe(0);
    expect(one.title).toContain('wasm, 1 потік');
    expect(two.title).toContain('wasm, 2 потоки');
    // The page's backend and the training Worker's each start their pool.
    expect(two.pthreads).toBeGreaterThan(0);
    const loss = (text: string) => text.match(/loss: (\d+\.\d+) - accuracy: (\d+\.\d+)/)?.slice(1);
    expect(loss(one.outputs)).toBeDefined();
    expect(loss(two.outputs)).toEqual(loss(one.outputs));
  });

  it('falls back to one thread when the threaded binary cannot load (offline, not yet cached)', async () => {
    const one = await runFit('threads=1');
    const fallback = await runFit('threads=2', (deck) =>
      deck.page
        .context()
        .route(/threaded-simd[^/]*\.wasm$/, (route) => route.fulfill({ status: 404 })),
    );
    const loss = (text: string) => text.match(/loss: (\d+\.\d+) - accuracy: (\d+\.\d+)/)?.slice(1);
    expect(loss(fallback.outputs)).toBeDefined();
    expect(loss(fallback.outputs)).toEqual(loss(one.outputs));
    // Only the refused binary is reported: nothing else went wrong.
    expect(fallback.errors.filter((e) => !/404|wasm/i.test(e))).toEqual([]);
  });

  it('runs single-threaded from a plain static host (no COOP/COEP), and says so', async () => {
    const host = await startStaticServer();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      const plain: DeckPage = {
        page,
        errors,
        async open(path = '') {
          await page.goto(new URL(path, host.url).href);
          await waitForDeck(page);
        },
        close: () => page.close(),
      };
      const result = await fitOn(plain, 'threads=2');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
      expect(result.pthreads).toBe(0);
      expect(result.title).toContain('wasm, 1 потік');
      expect(result.outputs).toMatch(/loss: \d+\.\d+ - accuracy: \d+\.\d+/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await host.stop();
    }
  });
});
