// The live widgets' timings for `npm run bench:live` (draw-digit, mnist-samples): from showing
// a widget slide to the widget being ready, cold and with prefetch from the previous slide,
// and draw-to-prediction latency for both models. Page code is passed as strings: tsx would
// inject helpers into functions handed to `page.evaluate`.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { withTimeout } from '../../tests/e2e/support/browser.ts';

export interface BenchRow {
  readonly metric: string;
  /** All samples; the table shows their median and p95. */
  readonly samples: readonly number[];
  readonly unit: string;
  /** Compared with the p95 (or the median when `on` says so). */
  readonly target: number;
  readonly on: 'median' | 'p95';
  readonly note?: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const VIEWPORT = { width: 1280, height: 960 };

/** 1-based position of the first slide of lecture 5 with widget `name` (and `models`). */
export function slideWith(name: string, models?: string): number {
  const deck = createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');
  const index =
    deck?.slides.findIndex((s) =>
      s.widgets.some(
        (w) => w.name === name && (models === undefined || w.params.models === models),
      ),
    ) ?? -1;
  if (index < 0) throw new Error(`lecture5.md has no ${name} slide`);
  return index + 1;
}

/**
 * Page script: presses `keys` on the deck (the last one timed) and resolves with the ms from
 * that key press to the shown slide's `[data-widget=name]` reaching data-state="ready".
 */
const TIME_TO_READY = (name: string, keys: readonly string[]): string => `(async () => {
  const selector = '.slide-current [data-widget="${name}"][data-state="ready"]';
  const ready = new Promise((resolve, reject) => {
    const check = () => {
      if (document.querySelector('.slide-current [data-widget="${name}"][data-state="error"]')) {
        observer.disconnect();
        reject(new Error('${name} failed: ' + document.querySelector('.slide-current .cw-error')?.textContent));
      }
      if (document.querySelector(selector) === null) return;
      observer.disconnect();
      resolve(performance.now());
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'class'] });
  });
  const keys = ${JSON.stringify(keys)};
  const press = (key) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  for (const key of keys.slice(0, -1)) press(key);
  const start = performance.now();
  press(keys[keys.length - 1]);
  return (await ready) - start;
})()`;

async function openDeck(
  browser: Browser,
  url: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  await page.goto(url);
  await withTimeout(
    page.evaluate(() => window.__deckReady),
    30_000,
    'waiting for the deck',
  );
  return { page, close: () => context.close() };
}

/** Cold: a fresh browser context on slide 1, then "N Enter" straight to the widget slide. */
export async function timeColdReady(
  browser: Browser,
  base: string,
  name: string,
  slide: number,
): Promise<number> {
  const deck = await openDeck(browser, `${base}?p=lecture5.md#1`);
  try {
    await deck.page.waitForTimeout(500); // the first slide's neighbours are prepared
    const keys = [...String(slide).split(''), 'Enter'];
    return await withTimeout(
      deck.page.evaluate(TIME_TO_READY(name, keys)) as Promise<number>,
      60_000,
      `${name} cold`,
    );
  } finally {
    await deck.close();
  }
}

/**
 * Prefetched: open the previous slide, wait until its prefetch has fetched `resources` (and a
 * second more for decoding and the backend), then ArrowRight to the widget slide.
 */
export async function timePrefetchedReady(
  browser: Browser,
  base: string,
  name: string,
  slide: number,
  resources: readonly string[],
): Promise<number> {
  const deck = await openDeck(browser, `${base}?p=lecture5.md#${slide - 1}`);
  try {
    await deck.page.waitForFunction(
      (parts) => {
        const names = performance.getEntriesByType('resource').map((e) => e.name);
        return parts.every((p) => names.some((n) => n.includes(p)));
      },
      resources,
      { timeout: 60_000 },
    );
    await deck.page.waitForTimeout(1000);
    return await withTimeout(
      deck.page.evaluate(TIME_TO_READY(name, ['ArrowRight'])) as Promise<number>,
      60_000,
      `${name} prefetched`,
    );
  } finally {
    await deck.close();
  }
}

/**
 * Page script: draws `strokes` strokes of `moves` synthetic pen moves on the shown draw-digit
 * pad, each move at a random point within a frame (like real input), and returns per move the
 * ms from dispatch to the widget's prediction (data-predictions incremented), and the widget's
 * own compute time (data-predict-ms: preprocessing + both models + DOM update).
 */
const TIME_DRAWING = (strokes: number, moves: number): string => `(async () => {
  const root = document.querySelector('.slide-current [data-widget="draw-digit"]');
  const pad = root.querySelector('[data-pad]');
  const rect = pad.getBoundingClientRect();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const fire = (type, t) => {
    // A "2"-like path: an arc over the top, a diagonal down, a line along the bottom.
    const a = Math.PI * (1 - Math.min(1, t * 2.5));
    const [x, y] = t < 0.4 ? [0.5 + 0.25 * Math.cos(a), 0.3 - 0.15 * Math.sin(a)]
      : t < 0.8 ? [0.75 - (t - 0.4) * 1.25, 0.3 + (t - 0.4) * 1.25] : [0.25 + (t - 0.8) * 2.5, 0.8];
    pad.dispatchEvent(new PointerEvent(type, { pointerId: 9, pointerType: 'pen', isPrimary: true,
      bubbles: true, cancelable: true, button: type === 'pointermove' ? -1 : 0, buttons: type === 'pointerup' ? 0 : 1,
      clientX: rect.left + rect.width * x, clientY: rect.top + rect.height * y }));
  };
  const predicted = () => new Promise((resolve) => {
    const before = root.getAttribute('data-predictions');
    const observer = new MutationObserver(() => {
      if (root.getAttribute('data-predictions') === before) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-predictions'] });
  });
  const latency = [];
  const compute = [];
  for (let s = 0; s < ${strokes}; s++) {
    root.querySelector('[data-action="clear"]').click();
    await frame();
    fire('pointerdown', 0);
    await predicted();
    for (let m = 1; m <= ${moves}; m++) {
      await frame();
      await pause(Math.random() * 14);
      const done = predicted();
      const start = performance.now();
      fire('pointermove', m / ${moves});
      latency.push((await done) - start);
      compute.push(Number(root.getAttribute('data-predict-ms')));
    }
    fire('pointerup', 1);
  }
  return { latency, compute, backend: root.getAttribute('data-backend') };
})()`;

export async function timeDrawing(
  browser: Browser,
  base: string,
  slide: number,
): Promise<{ latency: number[]; compute: number[]; backend: string }> {
  const deck = await openDeck(browser, `${base}?p=lecture5.md#${slide}`);
  try {
    await deck.page.waitForSelector(
      '.slide-current [data-widget="draw-digit"][data-state="ready"]',
      {
        timeout: 60_000,
      },
    );
    // Warm-up stroke: the first inference on a backend compiles/allocates.
    await withTimeout(deck.page.evaluate(TIME_DRAWING(1, 10)), 60_000, 'warm-up drawing');
    return (await withTimeout(deck.page.evaluate(TIME_DRAWING(4, 40)), 120_000, 'drawing')) as {
      latency: number[];
      compute: number[];
      backend: string;
    };
  } finally {
    await deck.close();
  }
}

/** All draw-digit / mnist-samples rows: `loads` cold and prefetched samples each. */
export async function benchLiveWidgets(
  browser: Browser,
  base: string,
  loads: number,
): Promise<BenchRow[]> {
  const dense = slideWith('draw-digit', 'dense');
  const both = slideWith('draw-digit', 'dense,convnet');
  const samples = slideWith('mnist-samples');
  const cold: number[] = [];
  const warm: number[] = [];
  const dataCold: number[] = [];
  const dataWarm: number[] = [];
  for (let i = 0; i < loads; i++) {
    cold.push(await timeColdReady(browser, base, 'draw-digit', dense));
    warm.push(
      await timePrefetchedReady(browser, base, 'draw-digit', dense, [
        'models/dense/weights.bin',
        '.wasm',
      ]),
    );
    dataCold.push(await timeColdReady(browser, base, 'mnist-samples', samples));
    dataWarm.push(
      await timePrefetchedReady(browser, base, 'mnist-samples', samples, ['mnist-default.bin']),
    );
  }
  const drawing = await timeDrawing(browser, base, both);
  return [
    {
      metric: 'draw-digit ready, cold',
      samples: cold,
      unit: 'ms',
      target: 1500,
      on: 'p95',
      note: `slide ${dense}: tfjs, wasm backend, dense model`,
    },
    {
      metric: 'draw-digit ready, prefetched',
      samples: warm,
      unit: 'ms',
      target: 300,
      on: 'p95',
      note: `ArrowRight from slide ${dense - 1}`,
    },
    {
      metric: 'mnist-samples ready, cold',
      samples: dataCold,
      unit: 'ms',
      target: 1500,
      on: 'p95',
      note: `slide ${samples}: data only, no tfjs`,
    },
    {
      metric: 'mnist-samples ready, prefetched',
      samples: dataWarm,
      unit: 'ms',
      target: 300,
      on: 'p95',
    },
    {
      metric: 'draw → prediction (dense + convnet)',
      samples: drawing.latency,
      unit: 'ms',
      target: 30,
      on: 'p95',
      note: `backend ${drawing.backend}; pen move at a random time in the frame → both models' bars updated`,
    },
    {
      metric: '  of which compute (preprocess + 2 models)',
      samples: drawing.compute,
      unit: 'ms',
      target: 30,
      on: 'p95',
    },
  ];
}
