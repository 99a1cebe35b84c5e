// The live-data widgets in chromium. On the widget harness: mnist-samples shows real digits
// with their labels and resamples; pixel-values prints exactly the pixels it draws and steps
// through digits. In the built lecture: both stand on their slides (the generated SVG stays
// inside the placeholder as the fallback), fit the slide, are prefetched from the previous
// slide, and the draw-a-digit slides take pointer input without turning slides.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { LIVE_CELL_IDS } from '../../src/ml/session/cellCatalog.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { disposeInHarness, mountInHarness } from '../widgets/harnessMount.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type HarnessSession, startHarnessSession } from './support/harnessSession.ts';
import { measureCurrentSlide } from './support/measure.ts';
import { mouseStroke } from './support/mouseStroke.ts';
import { type DeckPage, type Session, startSession } from './support/session.ts';

/** Chromium logs a console error for every 404: the data loader's probe for the optional full
 * MNIST asset (`npm run data:mnist`) is the one expected; anything else is a failure. */
function unexpected(errors: readonly string[], missing: readonly string[]): string[] {
  const probes = missing.filter((url) => /\/data\/mnist-full\.json$/.test(url)).length;
  let allowed = probes;
  return errors.filter((e) => {
    if (allowed > 0 && e.includes('status of 404')) {
      allowed -= 1;
      return false;
    }
    return true;
  });
}

describe.runIf(chromiumAvailable())('data widgets on the harness', () => {
  let harness: HarnessSession;
  let page: Page;
  let errors: string[] = [];
  const missing: string[] = [];

  const mount = (name: string, params: Record<string, string>) =>
    mountInHarness(page, name, params);
  const dispose = () => disposeInHarness(page);

  beforeAll(async () => {
    harness = await startHarnessSession();
    ({ page, errors } = harness);
    // The harness page itself fetches no data: its 404s come from the widgets.
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('mnist-samples: real digits with labels, another sample on request, disposes cleanly', async () => {
    await mount('mnist-samples', { count: '20', cols: '10' });
    const root = page.locator('[data-widget="mnist-samples"]');
    await page.waitForSelector('[data-widget="mnist-samples"][data-state="ready"]', {
      timeout: 30_000,
    });
    const items = root.locator('.ms-item');
    expect(await items.count()).toBe(20);
    const read = () =>
      items.evaluateAll((lis) =>
        lis.map((li) => {
          const canvas = li.querySelector('canvas') as HTMLCanvasElement;
          const data = canvas.getContext('2d')?.getImageData(0, 0, 28, 28).data ?? [];
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) > 127) ink += 1;
          return {
            index: li.getAttribute('data-index'),
            label: li.getAttribute('data-label'),
            shown: li.querySelector('.ms-label')?.textContent,
            ink,
          };
        }),
      );
    const first = await read();
    for (const digit of first) {
      expect(digit.label).toMatch(/^[0-9]$/);
      expect(digit.shown).toBe(digit.label);
      // A handwritten digit covers roughly 5–40 % of the 784 pixels.
      expect(digit.ink).toBeGreaterThan(30);
      expect(digit.ink).toBeLessThan(320);
    }
    expect(new Set(first.map((d) => d.label)).size).toBeGreaterThan(4);
    await root.locator('[data-action="resample"]').click();
    const second = await read();
    expect(second.map((d) => d.index)).not.toEqual(first.map((d) => d.index));
    await dispose();
    expect(await page.locator('[data-state]').count()).toBe(0);
    expect(unexpected(errors, missing)).toEqual([]);
  });

  it('pixel-values: prints the 0–255 value of every pixel it draws; digits are selectable', async () => {
    await mount('pixel-values', {});
    const root = page.locator('[data-widget="pixel-values"]');
    await page.waitForSelector('[data-widget="pixel-values"][data-state="ready"]', {
      timeout: 30_000,
    });
    const compare = () =>
      root.evaluate((el) => {
        const texts = [...el.querySelectorAll('.pv-cell')].map((c) => Number(c.textContent));
        const canvas = el.querySelector('canvas.dg-image') as HTMLCanvasElement;
        const data = canvas.getContext('2d')?.getImageData(0, 0, 28, 28).data ?? [];
        const drawn = texts.map((_, i) => data[i * 4] ?? -1);
        return { texts, drawn };
      });
    const { texts, drawn } = await compare();
    expect(texts).toHaveLength(784);
    expect(texts.every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
    expect(texts).toEqual(drawn);
    expect(texts.filter((v) => v > 0).length).toBeGreaterThan(50);
    expect(await root.getAttribute('data-digit')).toBe('0');
    const label = await root.getAttribute('data-label');
    expect(await root.locator('.dd-guess b').textContent()).toBe(label);

    await root.locator('[data-action="next-digit"]').click();
    expect(await root.getAttribute('data-digit')).toBe('1');
    expect((await compare()).texts).not.toEqual(texts);
    await root.locator('[data-control="digit"]').fill('5');
    await root.locator('[data-control="digit"]').dispatchEvent('change');
    expect(await root.getAttribute('data-digit')).toBe('4');
    await root.locator('[data-control="digit"]').fill('1');
    await root.locator('[data-control="digit"]').dispatchEvent('change');
    await root.locator('[data-action="prev-digit"]').click();
    expect(Number(await root.getAttribute('data-digit'))).toBeGreaterThan(1000); // wrapped to the last
    await dispose();
    expect(await page.locator('[data-state]').count()).toBe(0);
    expect(unexpected(errors, missing)).toEqual([]);
  });

  it('live-cell: until its session is up, shows only the disabled run button', async () => {
    // Read in the same task as the mount: the session (tfjs, data) cannot have attached yet.
    const visible = await page.evaluate(async (cell) => {
      const w = window as unknown as {
        __widgets: { mount(n: string, p: object): Promise<{ dispose(): void }> };
        __mounted?: { dispose(): void };
      };
      w.__mounted = await w.__widgets.mount('live-cell', { cell });
      const root = document.querySelector(`[data-live-cell="${cell}"]`);
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
      return {
        buttons: [...(root?.querySelectorAll('button') ?? [])].filter(shown).map((b) => ({
          action: b.getAttribute('data-action'),
          disabled: (b as HTMLButtonElement).disabled,
        })),
        panel: [...(root?.querySelectorAll('[data-live-output]') ?? [])].some(shown),
      };
    }, LIVE_CELL_IDS[0]);
    expect(visible).toEqual({ buttons: [{ action: 'run', disabled: true }], panel: false });
    await dispose();
    expect(unexpected(errors, missing)).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('live widgets on the slides of lecture 5', () => {
  const deck = createDeckSource(resolve(import.meta.dirname, '../..'), { figureStandIns }).render(
    'lecture5.md',
  );
  const numberOf = (name: string, models?: string) =>
    1 +
    (deck?.slides.findIndex((s) =>
      s.widgets.some(
        (w) => w.name === name && (models === undefined || w.params.models === models),
      ),
    ) ?? -2);
  let session: Session;
  let deckPage: DeckPage;
  const missing: string[] = [];
  const current = () => deckPage.page.locator('.slide.slide-current');
  const currentIndex = () => current().getAttribute('data-index');

  beforeAll(async () => {
    session = await startSession();
    deckPage = await session.newDeckPage({ width: 1024, height: 768 });
    deckPage.page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
  });

  afterAll(async () => {
    await deckPage?.close();
    await session?.close();
  });

  it('finds the four slides', () => {
    expect(numberOf('mnist-samples')).toBeGreaterThan(1);
    expect(numberOf('pixel-values')).toBe(numberOf('mnist-samples') + 1);
    expect(numberOf('draw-digit', 'dense')).toBeGreaterThan(numberOf('pixel-values'));
    expect(numberOf('draw-digit', 'dense,convnet')).toBeGreaterThan(
      numberOf('draw-digit', 'dense'),
    );
  });

  for (const name of ['mnist-samples', 'pixel-values'] as const) {
    it(`${name}: prefetched from the previous slide, fits its slide, falls back to the figure`, async () => {
      const { page, errors } = deckPage;
      errors.length = 0;
      const number = numberOf(name);
      await deckPage.open(`?p=lecture5.md#${number - 1}`);
      // The next slide's widget starts loading the data while this slide is shown.
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              performance
                .getEntriesByType('resource')
                .some((e) => e.name.includes('mnist-default.bin')),
            ),
          { timeout: 10_000 },
        )
        .toBe(true);
      const root = current().locator(`[data-widget="${name}"]`);
      expect(await current().locator(`[data-widget="${name}"]`).count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`.slide-current [data-widget="${name}"][data-state="ready"]`, {
        timeout: 30_000,
      });
      expect(await root.locator('img').count()).toBe(0);
      const report = await page.evaluate(measureCurrentSlide);
      expect(report.overflow).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await expect.poll(currentIndex).toBe(String(number));
      // Unmounted: the generated figure is back in the placeholder (print, previews).
      const left = page.locator(`.slide[data-index="${number - 1}"] [data-widget="${name}"]`);
      if ((await left.count()) > 0) {
        // (It unmounts right after the next slide is painted.)
        await expect.poll(() => left.getAttribute('data-state')).toBeNull();
        expect(await left.locator('img[src*="figures/lec5/"]').count()).toBe(1);
      }
      expect(unexpected(errors, missing)).toEqual([]);
    });
  }

  it('draw-digit: a real touch swipe across the pad draws and does not turn the slide', async () => {
    const number = numberOf('draw-digit', 'dense');
    // A context with touch input (the shared deck page has none).
    const browser = deckPage.page.context().browser();
    if (browser === null) throw new Error('no browser');
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const notFound: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 404) notFound.push(r.url());
      });
      await page.goto(new URL(`?p=lecture5.md#${number}`, session.url).href);
      await page.waitForSelector('.slide-current [data-widget="draw-digit"][data-state="ready"]', {
        timeout: 60_000,
      });
      const root = page.locator('.slide-current [data-widget="draw-digit"]');
      const box = await root.locator('[data-pad]').boundingBox();
      if (box === null) throw new Error('no pad');
      const cdp = await context.newCDPSession(page);
      const at = (fx: number, fy: number) => [
        { x: box.x + box.width * fx, y: box.y + box.height * fy, id: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: at(0.85, 0.5),
      });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: at(0.85 - i * 0.07, 0.5),
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect
        .poll(async () => Number(await root.getAttribute('data-predictions')), { timeout: 5000 })
        .toBeGreaterThan(0);
      await page.waitForTimeout(300);
      expect(await page.locator('.slide.slide-current').getAttribute('data-index')).toBe(
        String(number - 1),
      );
      // The same swipe over the slide's title turns the slide: the pad is what keeps it.
      const title = await page.locator('.slide.slide-current h1').boundingBox();
      if (title === null) throw new Error('no title');
      const over = (fx: number) => [
        { x: title.x + title.width * fx, y: title.y + title.height / 2, id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: over(0.8) });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: over(0.8 - i * 0.06),
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect
        .poll(() => page.locator('.slide.slide-current').getAttribute('data-index'))
        .toBe(String(number));
      expect(unexpected(errors, notFound)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('draw-digit: a drawing in the main window shows in the audience window, and clearing too', async () => {
    const number = numberOf('draw-digit', 'dense,convnet');
    // A context of its own: the deck page of the other tests would join as a second main window.
    const browser = deckPage.page.context().browser();
    if (browser === null) throw new Error('no browser');
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const main = await context.newPage();
    const audience = await context.newPage();
    try {
      const errors: string[] = [];
      for (const p of [main, audience]) {
        p.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
      }
      await main.goto(new URL(`?p=lecture5.md#${number}`, session.url).href);
      await audience.goto(new URL(`?p=lecture5.md&view=audience#${number}`, session.url).href);
      const ready = '.slide-current [data-widget="draw-digit"][data-state="ready"]';
      await main.waitForSelector(ready, { timeout: 60_000 });
      await audience.waitForSelector(ready, { timeout: 60_000 });
      const widget = (p: Page) => p.locator('.slide-current [data-widget="draw-digit"]');
      await mouseStroke(main, widget(main).locator('[data-pad]'), [0.5, 0.15], [0.5, 0.85], 8);
      await expect
        .poll(async () => Number(await widget(audience).getAttribute('data-predictions')), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      const argmax = (p: Page) =>
        widget(p).locator('[data-model="convnet"] .pb').getAttribute('data-argmax');
      await expect.poll(() => argmax(audience)).toBe(await argmax(main));
      await widget(main).locator('[data-action="clear"]').click();
      await expect.poll(() => argmax(audience), { timeout: 5000 }).toBeNull();
      expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const models of ['dense', 'dense,convnet'] as const) {
    it(`draw-digit (${models}): fits, takes pointer input without turning slides`, async () => {
      const { page, errors } = deckPage;
      errors.length = 0;
      const number = numberOf('draw-digit', models);
      await deckPage.open(`?p=lecture5.md#${number}`);
      const root = current().locator('[data-widget="draw-digit"]');
      await page.waitForSelector('.slide-current [data-widget="draw-digit"][data-state="ready"]', {
        timeout: 60_000,
      });
      const report = await page.evaluate(measureCurrentSlide);
      expect(report.overflow).toEqual([]);
      expect(await root.locator('.dd-model').count()).toBe(models.split(',').length);
      // A right-to-left swipe-like stroke: it draws, and the slide stays.
      await mouseStroke(page, root.locator('[data-pad]'), [0.8, 0.5], [0.2, 0.5], 10);
      await expect
        .poll(async () => Number(await root.getAttribute('data-predictions')))
        .toBeGreaterThan(0);
      expect(await currentIndex()).toBe(String(number - 1));
      for (const kind of models.split(',')) {
        const sum = await root.locator(`[data-model="${kind}"] .pb`).getAttribute('data-sum');
        expect(Math.abs(Number(sum) - 1)).toBeLessThan(1e-3);
      }
      expect(unexpected(errors, missing)).toEqual([]);
    });
  }
});
