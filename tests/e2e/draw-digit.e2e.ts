// draw-digit in chromium on the widget harness (production bundle, real registry, real
// pretrained models and tfjs backend): mouse, pen and touch drawing, both models' probabilities,
// clear by button and key, no pointer events leaking to the deck, no console errors, and a
// stable tfjs tensor count after predictions and after dispose.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HarnessServer, startHarness } from '../widgets/harnessServer.ts';
import { chromiumAvailable, launchChromium, withTimeout } from './support/browser.ts';

type Point = readonly [number, number];

describe.runIf(chromiumAvailable())('draw-digit in the browser', () => {
  let server: HarnessServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const root = () => page.locator('[data-widget="draw-digit"]');

  const mount = (params: Record<string, string>) =>
    withTimeout(
      page.evaluate(async (p) => {
        const w = window as unknown as {
          __widgets: { mount(n: string, p: object): Promise<{ dispose(): void }> };
          __mounted?: { dispose(): void };
        };
        w.__mounted = await w.__widgets.mount('draw-digit', p);
      }, params),
      30_000,
      'mounting draw-digit',
    );
  const dispose = () =>
    page.evaluate(() =>
      (window as unknown as { __mounted: { dispose(): void } }).__mounted.dispose(),
    );
  const tensors = () =>
    withTimeout(
      page.evaluate(() =>
        (window as unknown as { __tfTensors: () => Promise<number> }).__tfTensors(),
      ),
      30_000,
      'reading tf.memory()',
    );
  const predictions = async () => Number(await root().getAttribute('data-predictions'));
  /** Probabilities as shown: data-sum and data-argmax of each model's bars. */
  const bars = (model: string) =>
    root()
      .locator(`[data-model="${model}"] .pb`)
      .evaluate((e) => ({
        sum: e.getAttribute('data-sum'),
        argmax: e.getAttribute('data-argmax'),
        label: e.getAttribute('aria-label'),
      }));
  /** Ink in the 28×28 preview (sum of grey levels). */
  const previewInk = () =>
    root()
      .locator('.dd-under .dg-image')
      .evaluate((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
        let sum = 0;
        for (let i = 0; i < data.length; i += 4) sum += data[i] ?? 0;
        return sum;
      });
  const padBox = async () => {
    const box = await root().locator('[data-pad]').boundingBox();
    if (box === null) throw new Error('no drawing pad');
    return box;
  };
  /** A stroke through fractions of the pad, as real mouse input. */
  const mouseStroke = async (points: readonly Point[]) => {
    const box = await padBox();
    const at = ([x, y]: Point) => [box.x + box.width * x, box.y + box.height * y] as const;
    const [first, ...rest] = points;
    if (first === undefined) return;
    await page.mouse.move(...at(first));
    await page.mouse.down();
    for (const p of rest) await page.mouse.move(...at(p), { steps: 6 });
    await page.mouse.up();
  };
  /** The same as synthetic PointerEvents of another pointer type (pen, touch). */
  const pointerStroke = (type: 'pen' | 'touch', points: readonly Point[]) =>
    root()
      .locator('[data-pad]')
      .evaluate(
        (pad, [pointerType, pts]) => {
          const rect = pad.getBoundingClientRect();
          const fire = (kind: string, [x, y]: readonly [number, number]) =>
            pad.dispatchEvent(
              new PointerEvent(kind, {
                pointerId: 41,
                pointerType,
                isPrimary: true,
                bubbles: true,
                cancelable: true,
                composed: true,
                button: kind === 'pointermove' ? -1 : 0,
                buttons: kind === 'pointerup' ? 0 : 1,
                pressure: kind === 'pointerup' ? 0 : 0.5,
                clientX: rect.left + rect.width * x,
                clientY: rect.top + rect.height * y,
              }),
            );
          const [first, ...rest] = pts;
          if (first === undefined) return;
          fire('pointerdown', first);
          for (const p of rest) fire('pointermove', p);
          fire('pointerup', rest.at(-1) ?? first);
        },
        [type, points] as const,
      );

  beforeAll(async () => {
    server = await startHarness();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1000, height: 720 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => '__widgets' in window, undefined, { timeout: 60_000 });
    // Pointer and touch events reaching the document would turn slides in the deck.
    await page.evaluate(() => {
      const w = window as unknown as { __leaked: string[] };
      w.__leaked = [];
      for (const type of ['pointerdown', 'pointermove', 'pointerup', 'touchstart', 'touchmove']) {
        document.addEventListener(type, (e) => {
          if ((e.target as Element | null)?.closest?.('[data-widget]')) w.__leaked.push(type);
        });
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('predicts a drawn "1" with both models, probabilities summing to 1, and clears', async () => {
    errors.length = 0;
    await mount({ models: 'dense,convnet' });
    expect(await root().getAttribute('data-takes-keys')).toBe('');
    await page.waitForSelector('[data-widget="draw-digit"][data-state="ready"]', {
      timeout: 60_000,
    });
    expect(await root().locator('.dd-model').count()).toBe(2);
    expect(await root().locator('[data-model="dense"]').textContent()).toContain(
      'натренована заздалегідь',
    );
    // No live session on this page: both columns use the pretrained weights.
    for (const model of ['dense', 'convnet']) {
      expect(await root().locator(`[data-model="${model}"]`).getAttribute('data-source')).toBe(
        'pretrained',
      );
    }
    expect(await bars('dense')).toMatchObject({ sum: null, argmax: null });
    const before = await tensors();

    await mouseStroke([
      [0.5, 0.15],
      [0.5, 0.85],
    ]);
    await expect.poll(predictions, { timeout: 5000 }).toBeGreaterThan(0);
    for (const model of ['dense', 'convnet']) {
      const shown = await bars(model);
      expect(Math.abs(Number(shown.sum) - 1)).toBeLessThan(1e-3);
      expect(shown.argmax).toBe('1');
      expect(shown.label).toContain('Найімовірніше 1');
    }
    expect(await root().locator('[data-model="convnet"] .dd-guess').textContent()).toBe('Це 1?');
    // Screen readers hear the answers once per stroke (the live status line), not every frame.
    await expect
      .poll(() => root().locator('.cw-body > .cw-caption[aria-live]').textContent())
      .toBe('Щільна мережа: 1; Згорткова мережа: 1.');
    expect(await previewInk()).toBeGreaterThan(0);
    expect(await tensors()).toBe(before);

    await root().locator('[data-action="clear"]').click();
    await expect.poll(() => previewInk(), { timeout: 5000 }).toBe(0);
    expect(await bars('dense')).toMatchObject({ sum: null, argmax: null });
    expect(await bars('convnet')).toMatchObject({ sum: null, argmax: null });
    expect(errors).toEqual([]);
  });

  it('draws with pen and touch pointers, keeps them from the deck, clears with Delete', async () => {
    const count = await predictions();
    await pointerStroke('pen', [
      [0.25, 0.2],
      [0.75, 0.2],
      [0.45, 0.85],
    ]);
    await expect.poll(predictions, { timeout: 5000 }).toBeGreaterThan(count);
    const pen = await bars('convnet');
    expect(Math.abs(Number(pen.sum) - 1)).toBeLessThan(1e-3);
    expect(pen.argmax).toBe('7');

    await root().focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => previewInk(), { timeout: 5000 }).toBe(0);

    const afterPen = await predictions();
    await pointerStroke('touch', [
      [0.3, 0.3],
      [0.5, 0.15],
      [0.7, 0.3],
      [0.7, 0.7],
      [0.5, 0.85],
      [0.3, 0.7],
      [0.3, 0.3],
    ]);
    await expect.poll(predictions, { timeout: 5000 }).toBeGreaterThan(afterPen);
    const touch = await bars('dense');
    expect(Math.abs(Number(touch.sum) - 1)).toBeLessThan(1e-3);
    expect(touch.argmax).toBe('0');
    expect(
      await page.evaluate(() => (window as unknown as { __leaked: string[] }).__leaked),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('frees its tensors on dispose and gives the placeholder back', async () => {
    const withModels = await tensors();
    await dispose();
    expect(await page.locator('[data-widget="draw-digit"][data-state]').count()).toBe(0);
    expect(await page.locator('#content > .widget').evaluate((e) => e.childElementCount)).toBe(0);
    await page.waitForTimeout(200);
    // The models belong to the presentation's runtime; nothing else may remain.
    expect(await tensors()).toBe(withModels);
    // A second mount reuses the loaded models and leaks nothing either.
    await mount({ models: 'dense' });
    await page.waitForSelector('[data-widget="draw-digit"][data-state="ready"]', {
      timeout: 30_000,
    });
    await mouseStroke([
      [0.5, 0.2],
      [0.5, 0.8],
    ]);
    await expect.poll(predictions, { timeout: 5000 }).toBeGreaterThan(0);
    await dispose();
    expect(await tensors()).toBe(withModels);
    expect(errors).toEqual([]);
  });

  it('reports a bad models param in place', async () => {
    await mount({ models: 'resnet' });
    expect(await root().getAttribute('data-state')).toBe('error');
    expect(await root().locator('.cw-error').textContent()).toContain('resnet');
    await dispose();
    expect(errors).toEqual([]);
  });
});
