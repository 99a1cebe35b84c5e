// A fit that fits the lecture: before a live fit trains, its Worker measures the speed (a
// warm-up); over the time budget (`live-budget=SECONDS` here, the presenter's setting in the
// lecture) the cell asks — a shorter run or the full one — and nothing trains until the
// lecturer chooses. The estimate shown must be within 25 % of the fit's measured duration.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FitStart } from '../../src/ml/session/fitPlan.ts';
import { type AudienceWindow, openAudienceWindow } from './support/audienceWindow.ts';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import { cellSel, cellSlide, waitForCellState } from './support/liveCells.ts';
import { useDeckPage } from './support/useDeckPage.ts';

/** The main window's session state (test mode exposes it as `window.__liveSession`). */
const info = (page: Page) =>
  withTimeout(
    page.evaluate(() => {
      const s = window.__liveSession?.session.snapshot();
      if (!s) throw new Error('no window.__liveSession (test mode only)');
      return {
        fitStart: s.info.fitStart,
        training: s.info.training !== undefined,
        fit: s.cells['convnet-fit'],
        dense: s.cells['dense-fit'],
      };
    }),
    10_000,
    'reading the session',
  );
const fitText = (page: Page, id: string): Promise<string> =>
  page.$eval(`${cellSel(id)} [data-live-output] .lc-outputs .lc-text`, (e) => e.textContent ?? '');
const waitForPrompt = async (page: Page, id: string): Promise<void> => {
  await page.waitForSelector(
    `${cellSel(id)} [data-fit-start][data-phase="choosing"] button[data-action="run-short"]`,
    { timeout: 180_000 },
  );
};
const becomesDone = (page: Page, id: string) => waitForCellState(page, id, ['done'], 240_000);

describe.runIf(chromiumAvailable())('a live fit over the time budget asks first', () => {
  const deck = useDeckPage();

  beforeAll(async () => {
    // The convnet on 6,000 digits (≈ 13 s here) against a 6 s budget.
    await deck.open(
      `?p=lecture5.md&live=test&live-subset=6000&live-budget=6#${cellSlide('convnet-fit')}`,
    );
  });

  it('says at once what runs, asks before training, trains nothing until a choice', {
    timeout: 300_000,
  }, async () => {
    const page = deck.page;
    const cell = cellSel('convnet-fit');
    await page.waitForSelector(`${cell} button[data-action="run"]:not([disabled])`, {
      timeout: 60_000,
    });
    await page.click(`${cell} button[data-action="run"]`);
    // A fresh session: the panel says what runs first, at once (no empty panel).
    await page.waitForSelector(
      `${cell} [data-live-output]:not([hidden]) [data-now]:not([hidden])`,
      {
        timeout: 2000,
      },
    );
    expect(await page.textContent(`${cell} [data-now]`)).toMatch(/^Спершу: /);

    await waitForPrompt(page, 'convnet-fit');
    const prompt = `${cell} [data-fit-start]`;
    expect(await page.isVisible(`${prompt} button[data-action="run-short"]`)).toBe(true);
    expect(await page.isVisible(`${prompt} button[data-action="run-full"]`)).toBe(true);
    expect(await page.textContent(`${prompt} .lc-fit-start-text`)).toMatch(
      /^Повний запуск \(6\s000 цифр, 1 епоха\) триватиме ≈ \d+ с на wasm \(\d+\s?\d* зразків\/с\), довше за бюджет 6 с\.$/,
    );
    // Nothing trains while the prompt waits.
    await page.waitForTimeout(2000);
    const waiting = await info(page);
    expect(waiting.training).toBe(false);
    expect(waiting.fit.state).toBe('running');
    expect(waiting.fitStart?.phase).toBe('choosing');
    expect(await page.isHidden(`${cell} [data-training]`)).toBe(true);

    // The cell has one cancel: the run bar's (the prompt offers the choices only).
    await page.click(`${cell} .lc-bar button[data-action="cancel"]`);
    await waitForCellState(page, 'convnet-fit', ['idle'], 5000);
    const cancelled = await info(page);
    expect(cancelled.fit).toMatchObject({ status: 'Скасовано', outputs: [] });
    expect(cancelled.fitStart).toBeUndefined();
    expect(cancelled.training).toBe(false);
  });

  it('the short run fits the budget, keeps its estimate and says what ran', {
    timeout: 300_000,
  }, async () => {
    const page = deck.page;
    const cell = cellSel('convnet-fit');
    // The data and the model are in place now: the fit starts at once and asks again.
    await page.click(`${cell} button[data-action="run"]`);
    await waitForPrompt(page, 'convnet-fit');
    const start = (await info(page)).fitStart as FitStart;
    const estimate = start.estimate;
    if (estimate?.short === undefined) throw new Error('no shorter run offered');
    expect(estimate.backend).toBe('wasm');
    expect(estimate.full.seconds).toBeGreaterThan(6);
    expect(estimate.short.seconds).toBeLessThanOrEqual(6);
    expect(estimate.short.digits % 128).toBe(0);

    const began = Date.now();
    await page.click(`${cell} [data-fit-start] button[data-action="run-short"]`);
    await page.waitForSelector(`${cell} [data-training]:not([hidden])`, { timeout: 30_000 });
    expect(await page.textContent(`${cell} .lc-train-status`)).toMatch(
      /минуло \d+:\d\d · залишилось ≈ \d+:\d\d$/,
    );
    await becomesDone(page, 'convnet-fit');
    const measured = (Date.now() - began) / 1000;
    const error = Math.abs(estimate.short.seconds - measured) / measured;
    console.log(
      `convnet short run: ${estimate.short.digits} digits × ${estimate.short.epochs}: ` +
        `estimated ${estimate.short.seconds.toFixed(2)} s, measured ${measured.toFixed(2)} s ` +
        `(${(error * 100).toFixed(1)} %), ${estimate.samplesPerSecond.toFixed(0)} samples/s ` +
        `[${estimate.msPerBatch.map(Math.round).join(', ')} ms]; full estimated ` +
        `${estimate.full.seconds.toFixed(2)} s`,
    );
    expect(error).toBeLessThanOrEqual(0.25);

    const steps = estimate.short.digits / 128;
    const shown = estimate.short.digits.toLocaleString('uk-UA').replace(/\s/g, '\\s');
    expect(await fitText(page, 'convnet-fit')).toMatch(
      new RegExp(
        `^# Скорочений запуск: перші ${shown} з 6\\s000 цифр, 1 епоха \\(≈ \\d+ с на wasm; повний ≈ \\d+ с\\)\\nEpoch 1/1\\n${steps}/${steps} \\[={30}\\] - `,
      ),
    );
    const done = await info(page);
    expect(done.fit.trained?.samples).toBe(estimate.short.digits);
    expect(done.fitStart).toBeUndefined();
    expect(deck.errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('the prompt in the audience window', () => {
  const deck = useDeckPage();
  let audience: AudienceWindow;

  beforeAll(async () => {
    // The dense model, 3 epochs of 6,000 digits (a few seconds) against a 2 s budget.
    await deck.open(
      `?p=lecture5.md&live=test&live-subset=6000&live-epochs=3&live-budget=2#${cellSlide('dense-fit')}`,
    );
    audience = await openAudienceWindow(deck.page);
  });

  it('shows the prompt there; a choice pressed there runs once, in the main window', {
    timeout: 600_000,
  }, async () => {
    const main = deck.page;
    const cell = cellSel('dense-fit');
    await main.waitForSelector(`${cell} button[data-action="run"]:not([disabled])`, {
      timeout: 60_000,
    });
    await main.click(`${cell} button[data-action="run"]`);
    await waitForPrompt(audience.page, 'dense-fit');
    const estimate = ((await info(main)).fitStart as FitStart).estimate;
    const began = Date.now();
    await audience.page.click(`${cell} [data-fit-start] button[data-action="run-full"]`);
    await becomesDone(main, 'dense-fit');
    console.log(
      `dense full run: estimated ${estimate?.full.seconds.toFixed(2)} s, measured ${((Date.now() - began) / 1000).toFixed(2)} s, ${estimate?.samplesPerSecond.toFixed(0)} samples/s`,
    );
    await becomesDone(audience.page, 'dense-fit');
    const text = await fitText(main, 'dense-fit');
    expect(text).toMatch(
      /^# Повний запуск: 6\s000 цифр, 3 епохи \(≈ \d+ с на wasm; бюджет 2 с\)\nEpoch 1\/3\n47\/47 \[={30}\] - /,
    );
    expect(await fitText(audience.page, 'dense-fit')).toBe(text);
    expect((await info(main)).dense.trained?.samples).toBe(6000);
    expect(deck.errors).toEqual([]);
    expect(audience.errors).toEqual([]);
  });
});
