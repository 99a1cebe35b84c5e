// The lecture's code slides run for real: both workflows through the live cells' stable
// handles (data-live-cell, data-state, button[data-action], [data-live-output]) in the test
// switch mode (?live=test: 512 training digits, 1 epoch), checking the printed numbers; a
// second fit continuing from the current weights; draw-a-digit (here and in the audience
// window) predicting with the weights trained in the lecture.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARAM_COUNTS } from '../../src/ml/models/buildModels.ts';
import { type AudienceWindow, openAudienceWindow } from './support/audienceWindow.ts';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import {
  cellSel,
  cellSlide,
  cellState,
  cellTexts,
  gotoCell,
  runCell,
  showSlide,
  waitForCellState,
  widgetSlide,
} from './support/liveCells.ts';
import { mouseStroke } from './support/mouseStroke.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const DRAW_DENSE = widgetSlide('draw-digit', 'dense');
const BASE = '?p=lecture5.md&live=test';

/** Numbers printed in a NumPy array repr. */
const arrayNumbers = (repr: string): number[] =>
  (repr.match(/-?\d+(?:\.\d+)?(?:e[-+]\d+)?/g) ?? []).map(Number);

describe.runIf(chromiumAvailable())('live cells in the browser (test switch)', () => {
  const deck = useDeckPage();
  const goto = (id: string) => gotoCell(deck.page, id);
  const texts = (id: string) => cellTexts(deck.page, id);
  const run = (id: string, timeout = 180_000) => runCell(deck.page, id, { timeout });
  /** Waits until the cell is done (an error fails the wait). */
  const done = (id: string, timeout: number) => waitForCellState(deck.page, id, ['done'], timeout);
  const numTensors = (): Promise<number> =>
    withTimeout(
      deck.page.evaluate(() => {
        const hook = window.__liveSession;
        if (!hook) throw new Error('no window.__liveSession (test mode only)');
        return hook.numTensors();
      }),
      30_000,
      'reading tf.memory()',
    );
  const reset = async (): Promise<void> => {
    await deck.page.evaluate(() => window.__liveSession?.session.reset());
    await deck.page.waitForFunction(
      () =>
        Object.values(window.__liveSession?.session.snapshot().cells ?? {}).every(
          (c) => c.state === 'idle',
        ),
      undefined,
      { timeout: 30_000 },
    );
  };

  beforeAll(async () => {
    await deck.open(`${BASE}#${cellSlide('mnist-load')}`);
  });

  it('runs the dense workflow with Keras/NumPy output', { timeout: 600_000 }, async () => {
    const [loaded] = await run('mnist-load');
    const [, trainCount, testCount] = loaded?.match(/(\d+) навчальних і (\d+) тестових/) ?? [];
    expect(Number(trainCount)).toBeGreaterThan(512);
    const [shape, len, labels] = await run('train-shapes');
    expect(shape).toBe(`(${trainCount}, 28, 28)`);
    expect(len).toBe(trainCount);
    expect(labels).toMatch(/^array\(\[\d, \d, \d, \.\.\., \d, \d, \d\], dtype=uint8\)$/);
    expect((await run('test-shapes'))[0]).toBe(`(${testCount}, 28, 28)`);
    expect((await run('dense-model'))[0]).toContain(`Total params: ${PARAM_COUNTS.dense} (`);
    await run('dense-compile');
    expect(await run('dense-prepare')).toEqual([
      '(512, 784)',
      "dtype('float32')",
      `(${testCount}, 784)`,
    ]);
    const badge = await deck.page.textContent(`${cellSel('dense-prepare')} .lc-badge`);
    expect(badge).toBe('тестовий режим: 512 зразків, 1 епоха');
    const [fit] = await run('dense-fit');
    expect(fit).toMatch(
      /^Epoch 1\/1\n4\/4 \[={30}\] - \d+s \d+m?s\/step - loss: \d\.\d{4} - accuracy: \d\.\d{4}$/,
    );
    expect(await deck.page.$$(`${cellSel('dense-fit')} .lc-outputs .lc-chart circle`)).toHaveLength(
      2,
    );
    const [prediction0] = await run('dense-predict');
    const probs = arrayNumbers(prediction0 ?? '');
    expect(prediction0).toMatch(/^array\(\[[\s\S]*\],\s+dtype=float32\)$/);
    expect(probs).toHaveLength(10 + 1); // the ten values and the 32 of float32
    const ten = probs.slice(0, 10);
    expect(ten.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(await deck.page.$$(`${cellSel('dense-predict')} [data-digit]`)).toHaveLength(10);
    const [argmax, p, label] = await run('dense-argmax');
    expect(Number(argmax)).toBe(ten.indexOf(Math.max(...ten)));
    expect(Number(p)).toBeCloseTo(Math.max(...ten), 5);
    expect(label).toMatch(/^\d$/);
    const [bar, accuracy] = await run('dense-evaluate');
    const steps = Math.ceil(Number(testCount) / 32);
    expect(bar).toMatch(
      new RegExp(
        `^${steps}/${steps} \\[={30}\\] - \\d+s \\d+m?s/step - loss: \\d\\.\\d{4} - accuracy: \\d\\.\\d{4}$`,
      ),
    );
    expect(accuracy).toMatch(/^test accuracy: 0\.\d+$/);
    expect(Number(accuracy?.slice(15))).toBeGreaterThan(0.6);
  });

  it('keeps results across a reload', { timeout: 120_000 }, async () => {
    const before = await texts('dense-evaluate');
    await deck.page.reload();
    await goto('dense-evaluate');
    await done('dense-evaluate', 30_000);
    expect(await texts('dense-evaluate')).toEqual(before);
  });

  it("a second fit continues training; draw-a-digit then uses the lecture's model", {
    timeout: 600_000,
  }, async () => {
    const firstLoss = (): Promise<number | undefined> =>
      deck.page.evaluate(() => {
        const fit = window.__liveSession?.session.snapshot().cells['dense-fit'];
        const history = fit?.outputs.find((o) => o.kind === 'history');
        return history?.kind === 'history' ? history.loss[0] : undefined;
      });
    const before = await firstLoss();
    expect(before).toBeGreaterThan(0);
    // After the reload the weights come back from IndexedDB, and fit goes on from them.
    const [fit] = await run('dense-fit');
    expect(fit).toMatch(
      /^# Продовжено навчання з поточних ваг \(друге виконання fit\)\nEpoch 1\/1\n4\/4 \[={30}\] - .* - loss: \d\.\d{4} - accuracy: \d\.\d{4}$/,
    );
    const after = await firstLoss();
    expect(after).toBeLessThan((before ?? 0) * 0.8);

    const tensors = await numTensors();
    await showSlide(deck.page, DRAW_DENSE);
    const widget = '.slide-current [data-widget="draw-digit"]';
    await deck.page.waitForSelector(`${widget}[data-state="ready"]`, { timeout: 60_000 });
    const panel = `${widget} [data-model="dense"]`;
    await deck.page.waitForSelector(`${panel}[data-source="lecture"]`, { timeout: 30_000 });
    expect(await deck.page.textContent(`${panel} .dd-source`)).toBe(
      'натренована на лекції · 2 епохи · 512 зразків',
    );
    const predictions = async () =>
      Number(await deck.page.getAttribute(widget, 'data-predictions'));
    const sum = async () => Number(await deck.page.getAttribute(`${panel} .pb`, 'data-sum'));
    const pad = deck.page.locator(`${widget} [data-pad]`);
    const stroke = (x: number) => mouseStroke(deck.page, pad, [x, 0.15], [x, 0.85], 8);
    await stroke(0.5);
    await expect.poll(predictions, { timeout: 5000 }).toBeGreaterThan(0);
    expect(Math.abs((await sum()) - 1)).toBeLessThan(1e-3);

    // Training that finishes while the widget is shown switches it to the new weights.
    await deck.page.evaluate(() => window.__liveSession?.session.run('dense-fit'));
    await deck.page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('3 епохи'),
      `${panel} .dd-source`,
      { timeout: 180_000 },
    );
    const count = await predictions();
    await stroke(0.4);
    await expect.poll(predictions, { timeout: 5000 }).toBeGreaterThan(count);
    expect(Math.abs((await sum()) - 1)).toBeLessThan(1e-3);

    // Leaving the slide frees the widget's copy: the session's tensors are all that remain.
    await goto('dense-evaluate');
    expect(await numTensors()).toBe(tensors);
  });

  it('runs the convnet workflow; training goes on while the slide is left', {
    timeout: 900_000,
  }, async () => {
    expect((await run('convnet-model'))[0]).toMatch(/^# model: 8 шарів, 104202 параметри$/);
    expect((await run('convnet-summary'))[0]).toContain(`Total params: ${PARAM_COUNTS.convnet} (`);
    expect((await run('nopool-summary'))[0]).toContain(
      `Total params: ${PARAM_COUNTS.convnetNoPool} (`,
    );
    await goto('convnet-fit');
    await deck.page.click(`${cellSel('convnet-fit')} button[data-action="run"]`);
    await deck.page.waitForSelector(`${cellSel('convnet-fit')} [data-training]:not([hidden])`, {
      timeout: 120_000,
    });
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.waitForTimeout(500);
    await goto('convnet-fit');
    expect(['running', 'done']).toContain(await cellState(deck.page, 'convnet-fit'));
    await done('convnet-fit', 600_000);
    expect((await texts('convnet-fit'))[0]).toMatch(/^Epoch 1\/1\n4\/4 \[={30}\] - /);
    const [, accuracy] = await run('convnet-evaluate', 300_000);
    expect(accuracy).toMatch(/^test accuracy: 0\.\d+$/);
  });

  it('frees every tensor on reset; the pretrained weights skip training', {
    timeout: 600_000,
  }, async () => {
    await reset();
    const baseline = await numTensors();
    await run('dense-evaluate');
    await reset();
    expect(await numTensors()).toBe(baseline);
    await goto('dense-evaluate');
    await deck.page.click(`${cellSel('dense-evaluate')} button[data-action="pretrained"]`);
    await done('dense-evaluate', 180_000);
    const [, accuracy] = await texts('dense-evaluate');
    expect(Number(accuracy?.slice(15))).toBeGreaterThan(0.9);
    const source = await deck.page.evaluate(
      () => window.__liveSession?.session.snapshot().cells['dense-fit'].source,
    );
    expect(source).toBe('pretrained');
  });

  it('logs no console errors', () => {
    expect(deck.errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('draw-a-digit in the audience window after a fit', () => {
  const deck = useDeckPage();
  let audience: AudienceWindow;

  beforeAll(async () => {
    await deck.open(`${BASE}#${cellSlide('dense-fit')}`);
    audience = await openAudienceWindow(deck.page);
  });

  it('the mirror predicts with the stored lecture weights, never training', {
    timeout: 300_000,
  }, async () => {
    const done = (page: Page, timeout: number) =>
      waitForCellState(page, 'dense-fit', ['done'], timeout);
    await gotoCell(deck.page, 'dense-fit');
    await deck.page.click(`${cellSel('dense-fit')} button[data-action="run"]`);
    await done(deck.page, 240_000);
    await done(audience.page, 30_000);
    await showSlide(deck.page, DRAW_DENSE);
    const panel = '.slide-current [data-widget="draw-digit"] [data-model="dense"]';
    for (const page of [deck.page, audience.page]) {
      await page.waitForSelector(`${panel}[data-source="lecture"]`, { timeout: 60_000 });
      expect(await page.textContent(`${panel} .dd-source`)).toBe(
        'натренована на лекції · 1 епоха · 512 зразків',
      );
    }
    // The mirror computed nothing of the session: it never even fetched the data.
    const fetched = await audience.page.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/mnist-'))
          .length,
    );
    expect(fetched).toBe(0);
    expect(audience.errors).toEqual([]);
    expect(deck.errors).toEqual([]);
  });
});
