// The backend chosen by the page URL (`?backend=`): the live cells' whole dense flow (fit,
// predict, evaluate, draw-a-digit) computed on WebGL — SwiftShader here, which proves
// correctness, not speed — with the training panel naming the backend and the measured
// samples/s; a forced backend this browser lacks (WebGPU: no adapter in headless chromium)
// falls back to wasm and the panel says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CellId } from '../../src/ml/session/cellCatalog.ts';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import { cellSlide, runCell, showSlide, widgetSlide } from './support/liveCells.ts';
import { mouseStroke } from './support/mouseStroke.ts';
import { useDeckPage } from './support/useDeckPage.ts';

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
    await deck.open(`?p=lecture5.md&backend=webgl&live=test#${cellSlide('dense-fit')}`);
    await recordComputeLabels(deck.page);
    const [fit] = await runCell(deck.page, 'dense-fit');
    expect(fit).toMatch(
      /^Epoch 1\/1\n4\/4 \[={30}\] - .* - loss: \d\.\d{4} - accuracy: \d\.\d{4}$/,
    );
    // The panel named the backend and, once batches ran, the measured speed.
    const labels = await computeLabels(deck.page);
    expect(labels[0]).toMatch(/^Обчислення: webgl /);
    expect(labels.some((l) => /^Обчислення: webgl · [\d\s]+ зразків\/с \(/.test(l))).toBe(true);
    expect(await cellBackend(deck.page, 'dense-fit')).toBe('webgl');

    const [prediction] = await runCell(deck.page, 'dense-predict');
    const probs = (prediction?.match(/\d+\.\d+(?:e[-+]\d+)?/g) ?? []).map(Number).slice(0, 10);
    expect(probs).toHaveLength(10);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(await cellBackend(deck.page, 'dense-predict')).toBe('webgl');

    const [, accuracy] = await runCell(deck.page, 'dense-evaluate');
    expect(accuracy).toMatch(/^test accuracy: 0\.\d+$/);
    expect(Number(accuracy?.slice(15))).toBeGreaterThan(0.6);
    expect(await cellBackend(deck.page, 'dense-evaluate')).toBe('webgl');

    await showSlide(deck.page, widgetSlide('draw-digit', 'dense'));
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
    await deck.open(`?p=lecture5.md&backend=webgpu&live=test#${cellSlide('dense-fit')}`);
    await recordComputeLabels(deck.page);
    await runCell(deck.page, 'dense-fit');
    // wasm with the threads that compute: one on a 2-core machine, more on a bigger one.
    expect(await cellBackend(deck.page, 'dense-fit')).toMatch(/^wasm, \d+ пот/);
    const labels = await computeLabels(deck.page);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label).toMatch(
        /^Обчислення: wasm, \d+ пот\S+ \(замість webgpu: він тут недоступний\)/,
      );
    }
    expect(deck.errors).toEqual([]);
  });
});
