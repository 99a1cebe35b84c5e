// The live widgets' timings for `npm run bench:live` (draw-digit, mnist-samples): from showing
// a widget slide to the widget being ready, cold and with prefetch from the previous slide,
// and draw-to-prediction latency for both models. Page code is passed as strings: tsx would
// inject helpers into functions handed to `page.evaluate`.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createDeckSource } from '../../src/build/deckSource.ts';
import type { RenderedDeck } from '../../src/model/index.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { withTimeout } from '../../tests/e2e/support/browser.ts';
import { openDeck } from './benchDeckPage.ts';
import { timeDrawing } from './drawLatencyBench.ts';

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

/** 1-based position of the first slide of lecture 5 with widget `name` (and `models`). */
let lecture: RenderedDeck | undefined;
const lecture5 = (): RenderedDeck | undefined => {
  lecture ??= createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');
  return lecture;
};

/** The number shown on the slide at a 1-based position (what "N Enter" goes to). */
function numberAt(position: number): number {
  const number = lecture5()?.slides[position - 1]?.number;
  if (number === undefined) throw new Error(`lecture5.md has no slide at position ${position}`);
  return number;
}

/** The 1-based position of the first slide with that widget (and `data-models`). */
export function slideWith(name: string, models?: string): number {
  const deck = lecture5();
  const index =
    deck?.slides.findIndex((s) =>
      s.widgets.some(
        (w) => w.name === name && (models === undefined || w.params.models === models),
      ),
    ) ?? -1;
  if (index < 0) throw new Error(`lecture5.md has no ${name} slide`);
  return index + 1;
}

/** Milestones after the key press (ms): widget code, tfjs core, wasm binary, weights, ready. */
export type ReadyPhases = Readonly<Record<string, number>>;

/**
 * Page script: presses `keys` on the deck (the last one timed) and resolves with the ms from
 * that key press to the shown slide's `[data-widget=name]` reaching data-state="ready", and
 * when the main downloads after the press finished (resource timing).
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
  const end = await ready;
  const after = performance.getEntriesByType('resource').filter((e) => e.startTime >= start);
  const done = (test) => {
    const hits = after.filter(test);
    return hits.length === 0 ? undefined : Math.max(...hits.map((e) => e.responseEnd)) - start;
  };
  const scripts = after.filter((e) => e.name.endsWith('.js'));
  const biggest = scripts.reduce((a, e) => (a === undefined || e.transferSize > a.transferSize ? e : a), undefined);
  const started = (test) => {
    const hits = after.filter(test);
    return hits.length === 0 ? undefined : Math.min(...hits.map((e) => e.startTime)) - start;
  };
  const phases = {
    firstFetch: started(() => true),
    widgetCode: done((e) => e.name.includes('/assets/${name}-')),
    tfjsCore: biggest === undefined || biggest.transferSize < 100000 ? undefined : biggest.responseEnd - start,
    wasm: done((e) => e.name.endsWith('.wasm')),
    data: done((e) => e.name.includes('/data/mnist-') && e.name.includes('.bin')),
    weights: done((e) => e.name.endsWith('weights.bin')),
    ready: end - start,
  };
  return { ms: end - start, phases: Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined)) };
})()`;

export interface ReadyTiming {
  readonly ms: number;
  readonly phases: ReadyPhases;
}

/** The keys that go to the slide at a 1-based position: its shown number, then Enter. */
export const goToKeys = (slide: number): string[] => [
  ...String(numberAt(slide)).split(''),
  'Enter',
];

/**
 * Cold: a fresh browser context on slide 1, then "N Enter" straight to the widget slide
 * (`keys`: other keys that get there, e.g. for a build whose Enter took the position).
 */
export async function timeColdReady(
  browser: Browser,
  base: string,
  name: string,
  slide: number,
  keys: readonly string[] = goToKeys(slide),
): Promise<ReadyTiming> {
  const deck = await openDeck(browser, `${base}?p=lecture5.md#1`);
  try {
    await deck.page.waitForTimeout(500); // the first slide's neighbours are prepared
    return await withTimeout(
      deck.page.evaluate(TIME_TO_READY(name, keys)) as Promise<ReadyTiming>,
      60_000,
      `${name} cold`,
    );
  } finally {
    await deck.close();
  }
}

/**
 * Prefetched: open the previous slide, wait until its prefetch has fetched `resources` (and a
 * few seconds more for decoding and the backend), then ArrowRight to the widget slide.
 */
export async function timePrefetchedReady(
  browser: Browser,
  base: string,
  name: string,
  slide: number,
  resources: readonly string[],
): Promise<ReadyTiming> {
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
    // Time to decode what was fetched (gunzip, weights into tensors): a slide lasts longer.
    await deck.page.waitForTimeout(2500);
    return await withTimeout(
      deck.page.evaluate(TIME_TO_READY(name, ['ArrowRight'])) as Promise<ReadyTiming>,
      60_000,
      `${name} prefetched`,
    );
  } finally {
    await deck.close();
  }
}

const medianOf = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** "widgetCode 90, tfjsCore 420, … ready 980": median ms after the key press per milestone. */
export function phaseNote(timings: readonly ReadyTiming[]): string {
  const names = [...new Set(timings.flatMap((t) => Object.keys(t.phases)))];
  const parts = names.map((n) => {
    const xs = timings.map((t) => t.phases[n]).filter((x): x is number => x !== undefined);
    return `${n} ${medianOf(xs).toFixed(0)}`;
  });
  return `median ms after the key: ${parts.join(', ')}`;
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
  const cold: ReadyTiming[] = [];
  const warm: ReadyTiming[] = [];
  const dataCold: ReadyTiming[] = [];
  const dataWarm: ReadyTiming[] = [];
  const weights = ['models/dense/weights.bin', '.wasm'];
  for (let i = 0; i < loads; i++) {
    cold.push(await timeColdReady(browser, base, 'draw-digit', dense));
    warm.push(await timePrefetchedReady(browser, base, 'draw-digit', dense, weights));
    dataCold.push(await timeColdReady(browser, base, 'mnist-samples', samples));
    const data = ['mnist-default.bin'];
    dataWarm.push(await timePrefetchedReady(browser, base, 'mnist-samples', samples, data));
  }
  const drawing = await timeDrawing(browser, base, both);
  const ms = (timings: readonly ReadyTiming[]) => timings.map((t) => t.ms);
  return [
    {
      metric: 'draw-digit ready, cold',
      samples: ms(cold),
      unit: 'ms',
      target: 1500,
      on: 'p95',
      note: `slide ${dense}, "N Enter" from slide 1: tfjs, wasm backend, dense model; ${phaseNote(cold)}`,
    },
    {
      metric: 'draw-digit ready, prefetched',
      samples: ms(warm),
      unit: 'ms',
      target: 300,
      on: 'p95',
      note: `ArrowRight from slide ${dense - 1}`,
    },
    {
      metric: 'mnist-samples ready, cold',
      samples: ms(dataCold),
      unit: 'ms',
      target: 1500,
      on: 'p95',
      note: `slide ${samples}: data only, no tfjs; ${phaseNote(dataCold)}`,
    },
    {
      metric: 'mnist-samples ready, prefetched',
      samples: ms(dataWarm),
      unit: 'ms',
      target: 300,
      on: 'p95',
      note: `ArrowRight from slide ${samples - 1}`,
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
