// The backend chosen by the page URL (`?backend=`): the live cells' whole dense flow (fit,
// predict, evaluate, draw-a-digit) computed on WebGL — SwiftShader here, which proves
// correctness, not speed — with the training panel naming the backend and the measured
// samples/s; a forced backend this browser lacks (WebGPU: no adapter in headless chromium)
// falls back to wasm and the panel says so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CellId } from '../../src/ml/session/cellCatalog.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';
import { liveCellSlides } from '../widgets/live-cell/cellSlides.ts';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import { mouseStroke } from './support/mouseStroke.ts';
import type { DeckPage } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const SLIDES = liveCellSlides();
const cellSel = (id: string) => `.slide-current [data-live-cell="${id}"]`;

function drawDenseSlide(): number {
  const source = readFileSync(resolve(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');
  const rendered = renderDeck(parseDeck(source), { id: 'lecture5.md', fileExists: () => true });
  const slide = rendered.slides.find((s) =>
    s.widgets.some((w) => w.name === 'draw-digit' && w.params.models === 'dense'),
  );
  if (slide === undefined) throw new Error('no draw-digit slide for the dense model');
  return Number(slide.index) + 1;
}

declare global {
  interface Window {
    __computeLabels?: string[];
  }
}

/** Records every text the training panel's "Обчислення: …" label shows from now on. */
async function recordComputeLabels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    window.__computeLabels = seen;
    const record = () => {
      for (const el of document.querySelectorAll('.slide-current [data-compute]')) {
        const text = el.textContent ?? '';
        if (text !== '' && seen[seen.length - 1] !== text) seen.push(text);
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const computeLabels = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__computeLabels ?? []);

/** Runs a cell (its prerequisites first) through the session and waits until it is done. */
async function run(deck: DeckPage, id: string, timeout = 300_000): Promise<string[]> {
  const n = SLIDES.get(id);
  if (n === undefined) throw new Error(`no slide with live cell ${id}`);
  await deck.page.evaluate((hash) => {
    location.hash = hash;
  }, `#${n}`);
  const button = `${cellSel(id)} button[data-action="run"]:not([disabled])`;
  await deck.page.waitForSelector(button, { timeout: 60_000 });
  await deck.page.click(button);
  await deck.page.waitForFunction(
    (sel) =>
      ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
    cellSel(id),
    { timeout },
  );
  const error = await deck.page.textContent(`${cellSel(id)} .lc-error`);
  expect(await deck.page.getAttribute(cellSel(id), 'data-state'), `${id}: ${error}`).toBe('done');
  return deck.page.$$eval(`${cellSel(id)} [data-live-output] .lc-outputs .lc-text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );
}

const cellBackend = (page: Page, id: CellId): Promise<string | undefined> =>
  withTimeout(
    page.evaluate((cell) => window.__liveSession?.session.snapshot().cells[cell]?.backend, id),
    30_000,
    'reading the session',
  );

describe.runIf(chromiumAvailable())('?backend=webgl: the live cells on WebGL', () => {
  const deck = useDeckPage();

  it('fits, predicts, evaluates and classifies a drawn digit on webgl', {
    timeout: 900_000,
  }, async () => {
    await deck.open(`?p=lecture5.md&backend=webgl&live=test#${SLIDES.get('dense-fit')}`);
    await recordComputeLabels(deck.page);
    const [fit] = await run(deck, 'dense-fit');
    expect(fit).toMatch(
      /^Epoch 1\/1\n4\/4 \[={30}\] - .* - loss: \d\.\d{4} - accuracy: \d\.\d{4}$/,
    );
    // The panel named the backend and, once batches ran, the measured speed.
    const labels = await computeLabels(deck.page);
    expect(labels[0]).toMatch(/^Обчислення: webgl /);
    expect(labels.some((l) => /^Обчислення: webgl · [\d\s]+ зразків\/с \(/.test(l))).toBe(true);
    expect(await cellBackend(deck.page, 'dense-fit')).toBe('webgl');

    const [prediction] = await run(deck, 'dense-predict');
    const probs = (prediction?.match(/\d+\.\d+(?:e[-+]\d+)?/g) ?? []).map(Number).slice(0, 10);
    expect(probs).toHaveLength(10);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(await cellBackend(deck.page, 'dense-predict')).toBe('webgl');

    const [, accuracy] = await run(deck, 'dense-evaluate');
    expect(accuracy).toMatch(/^test accuracy: 0\.\d+$/);
    expect(Number(accuracy?.slice(15))).toBeGreaterThan(0.6);
    expect(await cellBackend(deck.page, 'dense-evaluate')).toBe('webgl');

    await deck.page.evaluate((hash) => {
      location.hash = hash;
    }, `#${drawDenseSlide()}`);
    const widget = '.slide-current [data-widget="draw-digit"]';
    await deck.page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 120_000 });
    const panel = `${widget} [data-model="dense"]`;
    await deck.page.waitForSelector(`${panel}[data-source="lecture"]`, { timeout: 60_000 });
    const pad = deck.page.locator(`${widget} [data-pad]`);
    await mouseStroke(deck.page, pad, [0.5, 0.15], [0.5, 0.85], 8);
    const predictions = async () =>
      Number(await deck.page.getAttribute(widget, 'data-predictions'));
    await expect.poll(predictions, { timeout: 30_000 }).toBeGreaterThan(0);
    const sum = Number(await deck.page.getAttribute(`${panel} .pb`, 'data-sum'));
    expect(Math.abs(sum - 1)).toBeLessThan(1e-3);
    expect(deck.errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('?backend=webgpu where the browser has no adapter', () => {
  const deck = useDeckPage();

  it('falls back to wasm and the training panel says so', { timeout: 600_000 }, async () => {
    await deck.open(`?p=lecture5.md&backend=webgpu&live=test#${SLIDES.get('dense-fit')}`);
    await recordComputeLabels(deck.page);
    await run(deck, 'dense-fit');
    expect(await cellBackend(deck.page, 'dense-fit')).toBe('wasm');
    const labels = await computeLabels(deck.page);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label).toMatch(/^Обчислення: wasm \(замість webgpu: він тут недоступний\)/);
    }
    expect(deck.errors).toEqual([]);
  });
});
