// The convnet inspection widgets (feature-maps, equivariance, invariance) in chromium on the
// widget harness: each loads the pretrained convnet, steps, answers a control, plays, and
// disposes with no console errors and the tfjs tensor count back at its baseline.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { disposeInHarness, harnessTensors, mountInHarness } from '../widgets/harnessMount.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type HarnessSession, startHarnessSession } from './support/harnessSession.ts';
import { measureCurrentSlide } from './support/measure.ts';
import { useDeckPage } from './support/useDeckPage.ts';

describe.runIf(chromiumAvailable())('convnet inspection widgets', () => {
  let harness: HarnessSession;
  let page: Page;
  let errors: string[] = [];

  const root = (name: string) => page.locator(`[data-widget="${name}"]`);
  const mount = async (name: string, params: Record<string, string> = {}) => {
    await mountInHarness(page, name, params);
    await page.waitForSelector(`[data-widget="${name}"][data-ready]`, { timeout: 90_000 });
  };
  const dispose = () => disposeInHarness(page);
  const tensors = () => harnessTensors(page);
  const position = (name: string) => root(name).getAttribute('data-position');
  /** Steps three times with the button and once back with the keyboard. */
  const stepAround = async (name: string) => {
    for (let i = 0; i < 3; i++) await root(name).locator('[data-action="step"]').click();
    expect(await position(name)).toBe('3');
    await root(name).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await position(name)).toBe('2');
  };
  /** Plays (explicitly: reduced motion only stops autoplay), sees it move, pauses. */
  const playAFew = async (name: string) => {
    const before = Number(await position(name));
    await root(name).locator('[data-action="play"]').click();
    expect(await root(name).getAttribute('data-state')).toBe('running');
    await expect
      .poll(async () => Number(await position(name)), { timeout: 10_000 })
      .toBeGreaterThan(before + 1);
    await root(name).locator('[data-action="play"]').click();
    expect(await root(name).getAttribute('data-state')).not.toBe('running');
  };
  /** Disposes and checks that the placeholder is restored and no tensor is left behind. */
  const disposeClean = async (baseline: number) => {
    await dispose();
    expect(await page.locator('[data-state]').count()).toBe(0);
    await page.waitForTimeout(700); // a pending inference or timer would log or leak by now
    expect(await tensors()).toBe(baseline);
    expect(errors).toEqual([]);
  };

  let baseline = 0;

  beforeAll(async () => {
    harness = await startHarnessSession({ reducedMotion: 'reduce' });
    ({ page, errors } = harness);
    // The first mount loads tfjs, the data and the model (kept by the presentation's runtime):
    // the tensors alive after it are the baseline every later widget must return to.
    await mount('feature-maps', { autoplay: 'false' });
    await dispose();
    baseline = await tensors();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('feature-maps: 32 first-layer maps with filters, layers 2 and 3, focus, another digit', async () => {
    errors.length = 0;
    await mount('feature-maps');
    const w = root('feature-maps');
    expect(await w.getAttribute('data-state')).toBe('idle');
    expect(await w.locator('.cw-map-tile').count()).toBe(32);
    expect(await w.locator('.cw-map-tile canvas').count()).toBe(64); // map + filter each
    expect(await w.locator('.cw-prediction').textContent()).toMatch(/Прогноз: \d \(\d+ %\)/);
    expect(await page.locator('.slide').evaluate((s) => s.scrollHeight <= s.clientHeight + 1)).toBe(
      true,
    );

    await stepAround('feature-maps');
    expect(await w.locator('.cw-map-focus').getAttribute('data-map')).toBe('1');
    await w.locator('.cw-map-tile[data-map="9"]').click();
    expect(await position('feature-maps')).toBe('10');
    expect(await w.locator('.cw-focus canvas').count()).toBe(2);

    await w.locator('[data-control="layer"]').selectOption('2');
    await expect.poll(() => w.locator('.cw-map-tile').count()).toBe(64);
    expect(await w.locator('.cw-caption').first().textContent()).toContain('11×11');
    await w.locator('[data-control="layer"]').selectOption('3');
    await expect.poll(() => w.locator('.cw-map-tile').count()).toBe(128);
    expect(await w.locator('.cw-map-tile canvas').count()).toBe(128); // no filters under them
    expect(await w.locator('.cw-status').textContent()).toContain('/ 128');
    expect(await page.locator('.slide').evaluate((s) => s.scrollHeight <= s.clientHeight + 1)).toBe(
      true,
    );

    // Timing: warm inferences for a few digits (the widget shows and records each one).
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = await w.locator('[data-control="digit"]').inputValue();
      await w.locator('[data-action="other-digit"]').click();
      await expect.poll(() => w.locator('[data-control="digit"]').inputValue()).not.toBe(before);
      await expect
        .poll(async () => (await w.locator('.cw-caption').last().textContent()) ?? '')
        .toContain(`№ ${await w.locator('[data-control="digit"]').inputValue()};`);
      times.push(Number(await w.getAttribute('data-inference-ms')));
    }
    const backend = (await w.locator('.cw-caption').last().textContent())?.match(/\((\w+)\)/)?.[1];
    console.log(
      `feature maps for one digit (${backend}): ${times.map((t) => t.toFixed(1)).join(', ')} ms`,
    );
    expect(Math.min(...times)).toBeGreaterThan(0);

    await playAFew('feature-maps');
    await disposeClean(baseline);
  });

  it('equivariance: the map moves with the digit, exactly, until the digit leaves the frame', async () => {
    errors.length = 0;
    await mount('equivariance');
    const w = root('equivariance');
    expect(await w.getAttribute('data-state')).toBe('idle');
    const line = w.locator('.cw-formula');
    await expect.poll(() => line.textContent()).toContain('= 0.000');

    await stepAround('equivariance');
    await expect.poll(() => line.textContent()).toContain('+2 px');
    expect(await w.locator('[data-control="dx"]').inputValue()).toBe('2');

    await w.locator('[data-control="map"]').selectOption('7');
    await w.locator('[data-control="dy"]').fill('-3');
    await expect.poll(() => line.textContent()).toContain('−3 px');
    await expect.poll(() => line.textContent()).toContain('= 0.000');
    expect(await w.locator('.cw-note').textContent()).toBe('');

    await w.locator('[data-control="dx"]').fill('8');
    await expect.poll(() => w.locator('.cw-note').textContent()).toContain('за межі кадру');
    expect(await position('equivariance')).toBe(await w.getAttribute('data-position'));

    await playAFew('equivariance');
    await disposeClean(baseline);
  });

  it('invariance: probabilities under shifts, and where the prediction breaks down', async () => {
    errors.length = 0;
    await mount('invariance', { digit: '0' });
    const w = root('invariance');
    expect(await w.getAttribute('data-state')).toBe('idle');
    expect(await w.locator('.cw-curve circle').count()).toBe(17);
    expect(Number(await w.locator('.pb').getAttribute('data-sum'))).toBeCloseTo(1, 3);
    const line = w.locator('.cw-formula');
    expect(await line.textContent()).toMatch(/прогноз \d ✓/);

    await stepAround('invariance');
    await expect.poll(() => line.textContent()).toContain('+2 px');

    await w.locator('[data-control="dx"]').fill('-8');
    await expect.poll(() => line.textContent()).toContain('−8 px');
    await w.locator('[data-control="dy"]').fill('5');
    await expect.poll(() => line.textContent()).toContain('+5 px');
    const wrong = await w.locator('.cw-curve-wrong').count();
    const note = (await w.locator('.cw-caption').textContent()) ?? '';
    console.log(`invariance (digit 0, dy +5): ${wrong} of 17 shifts wrong; ${note}`);
    expect(note).toMatch(/Правильно|помиляється/);

    await w.locator('[data-action="other-digit"]').click();
    await expect.poll(() => w.locator('[data-control="digit"]').inputValue()).not.toBe('0');

    await playAFew('invariance');
    await disposeClean(baseline);
  });

  it('plays by itself when motion is welcome (and not with reduced motion)', async () => {
    const moving = await harness.browser.newContext({ reducedMotion: 'no-preference' });
    const p = await moving.newPage();
    await p.goto(`${harness.url}?w=equivariance`);
    await p.waitForSelector('[data-widget="equivariance"][data-state="running"]', {
      timeout: 90_000,
    });
    await moving.close();
  });
});

// Lecture 5 in the built app: the widget slides fit their box, the demo slides link to them
// by name, and leaving a slide unmounts its widget.
describe.runIf(chromiumAvailable())('convnet and demo widget slides of lecture 5', () => {
  const lecture = createDeckSource(resolve(import.meta.dirname, '../..'), {
    figureStandIns,
  }).render('lecture5.md');
  const deck = useDeckPage({ reducedMotion: true });

  for (const name of ['feature-maps', 'invariance', 'conv-explorer', 'conv-vs-corr']) {
    it(`#${name}: the widget mounts on its slide, fits, and goes with the slide`, async () => {
      const { page } = deck;
      await deck.open(`?p=lecture5.md#${name}`);
      const root = page.locator(`.slide.slide-current [data-widget="${name}"]`);
      await root.locator('.cw-controls').waitFor({ timeout: 30_000 });
      if (name === 'feature-maps' || name === 'invariance') {
        await page.waitForSelector(`.slide.slide-current [data-widget="${name}"][data-ready]`, {
          timeout: 90_000,
        });
      }
      expect(await root.getAttribute('data-state')).toBe('idle');
      const report = await page.evaluate(measureCurrentSlide);
      expect(report.overflow).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator(`[data-widget="${name}"][data-state]`).count()).toBe(0);
    });
  }

  it('the demo slides link to the explorer slides by name', async () => {
    const { page } = deck;
    for (const [link, target] of [
      ['наш демонстратор згортки', 'conv-explorer'],
      ['згортка проти кореляції', 'conv-vs-corr'],
    ] as const) {
      const index = lecture?.slides.findIndex((slide) => slide.html.includes(link)) ?? -1;
      expect(index).toBeGreaterThan(0);
      await deck.open(`?p=lecture5.md#${index + 1}`);
      await page.locator('.slide.slide-current a', { hasText: link }).click();
      await page
        .locator(`.slide.slide-current [data-widget="${target}"] .cw-controls`)
        .waitFor({ timeout: 30_000 });
      const named = lecture?.slides.findIndex((slide) => slide.name === target);
      expect(await page.locator('.slide.slide-current').getAttribute('data-index')).toBe(
        String(named),
      );
    }
  });
});
