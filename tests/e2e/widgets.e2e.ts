// The concept widgets in chromium: each mounts through the real registry (on the harness page
// built by vite and served by vite preview), steps, answers its keys without leaking them to the deck, responds to a
// control, and disposes leaving the placeholder as it was, with no console errors.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { disposeInHarness, mountInHarness } from '../widgets/harnessMount.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type HarnessSession, startHarnessSession } from './support/harnessSession.ts';
import { measureCurrentSlide } from './support/measure.ts';
import { mouseStroke } from './support/mouseStroke.ts';
import { useDeckPage } from './support/useDeckPage.ts';

interface Case {
  readonly name: string;
  readonly params: Record<string, string>;
  /** Changes one control and returns what must differ afterwards. */
  readonly control: { readonly selector: string; readonly value?: string; readonly watch: string };
}

const CASES: readonly Case[] = [
  {
    name: 'conv-explorer',
    params: {},
    control: { selector: '[data-control="stride"]', value: '2', watch: '.cw-formula' },
  },
  {
    name: 'conv1d',
    params: {},
    control: { selector: '[data-control="example"]', value: '2', watch: '.cw-caption' },
  },
  {
    name: 'conv-vs-corr',
    params: {},
    control: { selector: '[data-control="example"]', value: 'ramp', watch: '.cw-kernels' },
  },
  {
    name: 'max-pooling',
    params: { input: '8' },
    control: {
      selector: '[data-control="size"]',
      value: '3',
      watch: '.cw-panel:last-child .cw-panel-title',
    },
  },
  {
    name: 'flatten',
    params: {},
    control: { selector: '[data-control="order"]', value: 'channels_first', watch: '.cw-caption' },
  },
  {
    name: 'pixels-to-neurons',
    params: {},
    control: { selector: '[data-action="next-digit"]', watch: '.cw-row .cw-caption' },
  },
];

describe.runIf(chromiumAvailable())('concept widgets in the browser', () => {
  let harness: HarnessSession;
  let page: Page;
  let errors: string[] = [];

  const state = (name: string) =>
    page.getAttribute(`[data-widget="${name}"]`, 'data-state', { timeout: 5000 });
  const position = (name: string) =>
    page.getAttribute(`[data-widget="${name}"]`, 'data-position', { timeout: 5000 });
  const mount = (name: string, params: Record<string, string>) =>
    mountInHarness(page, name, params);

  beforeAll(async () => {
    harness = await startHarnessSession({ reducedMotion: 'reduce' });
    ({ page, errors } = harness);
    // Counts keys that reach the deck level (they must not while a widget has focus).
    await page.evaluate(() => {
      const w = window as unknown as { __deckKeys: number };
      w.__deckKeys = 0;
      document.addEventListener('keydown', () => {
        w.__deckKeys += 1;
      });
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: mounts, steps, takes its keys, responds to a control, disposes`, async () => {
      errors.length = 0;
      await mount(c.name, c.params);
      const root = page.locator(`[data-widget="${c.name}"]`);
      // Reduced motion: nothing plays by itself.
      expect(await state(c.name)).toBe('idle');
      expect(await root.getAttribute('data-takes-keys')).toBe('');
      expect(
        await page.locator('.slide').evaluate((s) => s.scrollHeight <= s.clientHeight + 1),
      ).toBe(true);

      for (let i = 0; i < 3; i++) await root.locator('[data-action="step"]').click();
      expect(await position(c.name)).toBe('3');
      await root.locator('[data-action="back"]').click();
      expect(await position(c.name)).toBe('2');

      await root.focus();
      await page.keyboard.press('ArrowRight');
      expect(await position(c.name)).toBe('3');
      await page.keyboard.press('End');
      expect(await state(c.name)).toBe('done');
      await page.keyboard.press('Home');
      expect(await position(c.name)).toBe('0');
      expect(
        await page.evaluate(() => (window as unknown as { __deckKeys: number }).__deckKeys),
      ).toBe(0);

      await root.locator('[data-action="play"]').click();
      expect(await state(c.name)).toBe('running');
      await root.locator('[data-action="play"]').click();
      expect(await state(c.name)).not.toBe('running');

      const watched = root.locator(c.control.watch).first();
      const before = await watched.textContent();
      const control = root.locator(c.control.selector);
      if (c.control.value === undefined) await control.click();
      else await control.selectOption(c.control.value);
      await expect.poll(() => watched.textContent(), { timeout: 5000 }).not.toBe(before);

      await disposeInHarness(page);
      expect(await page.locator('[data-state]').count()).toBe(0);
      expect(await page.locator('#content > .widget').evaluate((e) => e.childElementCount)).toBe(0);
      await page.waitForTimeout(300); // a leaked timer would throw or log by now
      expect(errors).toEqual([]);
    });
  }

  it('shows a clear message in place of bad params instead of throwing', async () => {
    await mount('conv-explorer', { size: '9' });
    expect(await state('conv-explorer')).toBe('error');
    expect(await page.locator('.cw-error').textContent()).toContain('size');
    await mount('conv1d', { x: '1, two, 3', u: '1' });
    expect(await state('conv1d')).toBe('error');
    expect(errors).toEqual([]);
  });

  it('edits a kernel weight and draws a digit in the explorer', async () => {
    await mount('conv-explorer', { input: 'draw' });
    const root = page.locator('[data-widget="conv-explorer"]');
    await root.locator('[data-action="end"]').click();
    await mouseStroke(page, root.locator('.cw-slot').first(), [0.3, 0.5], [0.7, 0.5], 8);
    const lit = await root
      .locator('.cw-slot')
      .nth(2)
      .evaluate(
        (slot) =>
          [...slot.querySelectorAll('rect.cw-cell')].filter(
            (r) =>
              r.getAttribute('fill') !== 'rgb(0 0 0)' && r.getAttribute('fill') !== 'transparent',
          ).length,
      );
    expect(lit).toBeGreaterThan(0);
    await root.locator('[data-control="weight-4"]').fill('2');
    expect(await root.locator('[data-control="kernel"]').inputValue()).toBe('custom');
    expect(errors).toEqual([]);
  });

  it('plays by itself when motion is welcome', async () => {
    const moving = await harness.browser.newContext({ reducedMotion: 'no-preference' });
    const p = await moving.newPage();
    await p.goto(`${harness.url}?w=conv1d`);
    await p.waitForSelector('[data-widget="conv1d"][data-state="running"]', { timeout: 30_000 });
    await p.waitForFunction(
      () =>
        Number(document.querySelector('[data-widget="conv1d"]')?.getAttribute('data-position')) >=
        1,
      undefined,
      { timeout: 5000 },
    );
    await moving.close();
  });
});

// The built app: every figure a widget stands in for shows that widget on its slide of
// lecture 5, which fits the slide box, keeps the deck's arrow keys while focused, and is
// unmounted when the slide is left.
describe.runIf(chromiumAvailable())('stand-in widgets on the slides of lecture 5', () => {
  const deck = createDeckSource(resolve(import.meta.dirname, '../..'), { figureStandIns }).render(
    'lecture5.md',
  );
  // Only the stand-ins for missing figures (they carry the figure's path); widgets written
  // into a slide, and live figures (mounted over a generated figure: data-widgets.e2e.ts), are
  // tested by their own files.
  const isLive = (figure: string): boolean => figureStandIns[figure]?.live === true;
  const slides = (deck?.slides ?? []).flatMap((s) =>
    s.widgets.flatMap((w) =>
      w.params.figure === undefined || isLive(w.params.figure)
        ? []
        : [{ number: s.index + 1, name: w.name, figure: w.params.figure }],
    ),
  );
  const deckPage = useDeckPage({ reducedMotion: true });

  it('finds a stand-in for every figure of the table', () => {
    const table = Object.keys(figureStandIns).filter((figure) => !isLive(figure));
    expect(slides.map((s) => s.figure).sort()).toEqual(table.sort());
  });

  for (const { number, name, figure } of slides) {
    it(`slide ${number}: ${name} stands in for ${figure}`, async () => {
      const { page, errors } = deckPage;
      errors.length = 0;
      // Any 404 (chromium logs them without their URL) is recorded to name it in a failure.
      const notFound: string[] = [];
      const on404 = (r: { status(): number; url(): string }) => {
        if (r.status() === 404) notFound.push(new URL(r.url()).pathname);
      };
      page.on('response', on404);
      await deckPage.open(`?p=lecture5.md#${number}`);
      const root = page.locator(
        `.slide.slide-current [data-widget="${name}"][data-figure="${figure}"]`,
      );
      await root.locator('.cw-controls').waitFor({ timeout: 30_000 });
      expect(await root.getAttribute('data-state')).toBe('idle');
      const report = await page.evaluate(measureCurrentSlide);
      expect(report.overflow).toEqual([]);

      await root.locator('[data-action="step"]').click();
      await page.keyboard.press('ArrowRight'); // focus is on the step button: the widget steps
      expect(await root.getAttribute('data-position')).toBe('2');
      expect(await page.locator('.slide.slide-current').getAttribute('data-index')).toBe(
        String(number - 1),
      );

      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ArrowRight'); // now the deck moves on and the widget goes
      await expect
        .poll(() => page.locator('.slide.slide-current').getAttribute('data-index'))
        .toBe(String(number));
      // It unmounts right after the next slide is painted.
      await expect
        .poll(() => page.locator(`[data-figure="${figure}"][data-state]`).count())
        .toBe(0);
      page.off('response', on404);
      // The app asks for the full MNIST set only when the build has it: no 404 at all.
      expect(notFound).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('parks a left widget slide out of layout until its widgets are gone, then lays it out again', async () => {
    const { page } = deckPage;
    const first = slides[0];
    expect(first).toBeDefined();
    if (first === undefined) return;
    await deckPage.open(`?p=lecture5.md#${first.number}`);
    const left = page.locator(`.slide[data-index="${first.number - 1}"]`);
    await left.locator(`[data-widget="${first.name}"] .cw-controls`).waitFor({ timeout: 30_000 });
    // In the key press itself: the left slide is out of layout, its widget still there.
    const during = await page.evaluate((index) => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const slide = document.querySelector<HTMLElement>(`.slide[data-index="${index}"]`);
      return {
        display: slide === null ? null : getComputedStyle(slide).display,
        widget: slide?.querySelector('[data-state]') !== null,
      };
    }, first.number - 1);
    expect(during).toEqual({ display: 'none', widget: true });
    // After the paint the widget unmounts; in idle time the slide is laid out on standby.
    await expect.poll(() => left.locator('[data-state]').count()).toBe(0);
    await expect
      .poll(() =>
        left.evaluate((el: HTMLElement) => [
          el.classList.contains('slide-parked'),
          el.offsetHeight > 0,
        ]),
      )
      .toEqual([false, true]);
    expect(await left.getAttribute('class')).toContain('slide-standby');
  });
});
