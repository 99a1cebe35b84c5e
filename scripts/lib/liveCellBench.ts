// Live cells in the built app: the cost of a key press while a convnet trains (in the Worker),
// measured like bench-deck's key presses (dispatch → handler → forced layout), p95 ≤ 16 ms.
import type { Browser } from 'playwright-core';
import { liveCellSlides } from '../../tests/widgets/live-cell/cellSlides.ts';
import { withTimeout } from './chromium.ts';

/** One measured metric (same shape as liveWidgetBench's BenchRow). */
export interface LiveCellRow {
  readonly metric: string;
  readonly samples: readonly number[];
  readonly unit: string;
  readonly target: number;
  readonly on: 'median' | 'p95';
  readonly note?: string;
}

const VIEWPORT = { width: 1280, height: 960 };
const PRESSES = 60;
/** Enough digits for the convnet to train ~20 s on wasm, so every press lands in training. */
const QUERY = '?p=lecture5.md&live-subset=6000&live-epochs=1';

/** Page script: alternating →/← presses, 100 ms apart, each timed to a forced layout. */
const TIME_KEYS = (count: number): string => `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const times = [];
  const training = [];
  for (let i = 0; i < ${count}; i += 1) {
    await pause(100);
    await frame();
    const key = i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    void document.querySelector('.slide-current').getBoundingClientRect().height;
    void document.body.offsetHeight;
    times.push(performance.now() - start);
    training.push(window.__liveSession?.session.snapshot().info.training !== undefined);
  }
  return { times, training };
})()`;

export async function benchLiveCells(browser: Browser, base: string): Promise<LiveCellRow[]> {
  const slide = liveCellSlides().get('convnet-fit');
  if (slide === undefined) throw new Error('lecture5.md has no convnet-fit cell');
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(new URL(`${QUERY}#${slide}`, base).href);
    await withTimeout(
      page.evaluate(() => window.__deckReady),
      30_000,
      'waiting for the deck',
    );
    const cell = '.slide-current [data-live-cell="convnet-fit"]';
    // The same presses on the same slides before training, for comparison on a busy machine.
    await page.waitForSelector(`${cell} button[data-action="run"]:not([disabled])`);
    const idle = (await withTimeout(
      page.evaluate(TIME_KEYS(PRESSES)),
      120_000,
      'timing key presses without training',
    )) as { times: number[] };
    await page.click(`${cell} button[data-action="run"]:not([disabled])`, { timeout: 60_000 });
    await page.waitForSelector(`${cell} [data-training]:not([hidden])`, { timeout: 180_000 });
    const { times, training } = (await withTimeout(
      page.evaluate(TIME_KEYS(PRESSES)),
      120_000,
      'timing key presses during training',
    )) as { times: number[]; training: boolean[] };
    const during = times.filter((_, i) => training[i]);
    await page.evaluate(() => window.__liveSession?.session.cancel());
    return [
      {
        metric: 'key press, same slides, no training (ms)',
        samples: idle.times,
        unit: 'ms',
        target: 16,
        on: 'p95',
        note: 'baseline for the row below',
      },
      {
        metric: 'key press during convnet training (ms)',
        samples: during,
        unit: 'ms',
        target: 16,
        on: 'p95',
        note: `${during.length}/${times.length} presses while training; Worker, 6000 digits`,
      },
    ];
  } finally {
    await context.close();
  }
}
