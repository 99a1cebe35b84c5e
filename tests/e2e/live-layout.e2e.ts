// Live cells leave the lecture readable (1280×800 window, every live-cell slide of lecture 5):
// the run controls never cover the code or the slide's text, idle and while a fit trains; the
// live panel covers nothing the author wrote (it takes the recorded output's place) and
// nothing leaves the slide. A fit from a fresh session lists what runs first; the training
// chart names its axes and shows the latest values.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import {
  CELL_SLIDES,
  cellSel,
  cellSlide,
  cellState,
  expectCellDone,
  gotoCell,
  waitForCellState,
} from './support/liveCells.ts';
import { useDeckPage } from './support/useDeckPage.ts';

declare global {
  interface Window {
    /** The texts of a cell's `[data-now]` line, recorded by the test. */
    __nowTexts?: string[];
  }
}

/** The cell whose fit the tests watch. */
const DENSE_FIT = cellSel('dense-fit');
// 4,096 digits × 2 epochs: long enough to look at a fit while it trains, no budget prompt.
const URL = '?p=lecture5.md&live=test&live-subset=4096&live-epochs=2&live-budget=900';

/**
 * In the page: what of the current slide's live cell `id` covers other slide content or
 * leaves the slide. Controls are the bar's visible buttons and status, and the panel.
 */
function layoutProblems(id: string): string[] {
  const slide = document.querySelector<HTMLElement>('.slide.slide-current');
  const cell = slide?.querySelector<HTMLElement>(`[data-live-cell="${id}"]`);
  if (!slide || !cell) return [`no live cell ${id} on the current slide`];
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };
  const name = (el: Element): string => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 32);
    return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} «${text}»`;
  };
  const controls = [
    ...cell.querySelectorAll('.lc-bar > *'),
    ...cell.querySelectorAll('[data-live-output]'),
  ].filter(visible);
  const content = [...slide.querySelectorAll('*')].filter(
    (el) =>
      !cell.contains(el) && !el.contains(cell) && !el.closest('.katex-mathml, svg') && visible(el),
  );
  const problems: string[] = [];
  const box = slide.getBoundingClientRect();
  const inside = (r: DOMRect): boolean =>
    r.left >= box.left - 1 &&
    r.right <= box.right + 1 &&
    r.top >= box.top - 1 &&
    r.bottom <= box.bottom + 1;
  for (const c of controls) {
    const a = c.getBoundingClientRect();
    if (!inside(a)) problems.push(`${name(c)} leaves the slide`);
    for (const el of content) {
      const b = el.getBoundingClientRect();
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) problems.push(`${name(c)} covers ${name(el)}`);
    }
  }
  for (const el of content) {
    if (!inside(el.getBoundingClientRect())) problems.push(`${name(el)} leaves the slide`);
  }
  if (slide.scrollHeight > slide.clientHeight + 1) {
    problems.push(`slide content ${slide.scrollHeight} px high in ${slide.clientHeight} px`);
  }
  return problems;
}

/** The layout problems of the current slide's live cell `id`, each as `id: problem`. */
const problemsOf = async (page: Page, id: string): Promise<string[]> =>
  (await withTimeout(page.evaluate(layoutProblems, id), 10_000, `measuring ${id}`)).map(
    (p) => `${id}: ${p}`,
  );

/** Shows the cell's slide; ready when the session is attached, or the cell already runs. */
const goto = (page: Page, id: string) => gotoCell(page, id, { orRunning: true });

const becomesDone = (page: Page, id: string) =>
  waitForCellState(page, id, ['done', 'error'], 300_000);

/** Runs the cell unless it is done (waits for it when it runs already). */
const ensureDone = async (page: Page, id: string): Promise<void> => {
  const state = await cellState(page, id);
  if (state === 'done') return;
  if (state !== 'running') await page.click(`${cellSel(id)} button[data-action="run"]`);
  await becomesDone(page, id);
};

/** Shows the cell and runs it unless it is done. */
const showDone = async (page: Page, id: string): Promise<void> => {
  await goto(page, id);
  await ensureDone(page, id);
};

/** Waits until the cell's training view shows, and measures in that same moment. */
const problemsWhileTraining = async (page: Page, id: string): Promise<string[]> => {
  const handle = await page.waitForFunction(
    ({ id, measure }) => {
      const training = document.querySelector(
        `.slide-current [data-live-cell="${id}"] [data-training]`,
      );
      if (training === null || (training as HTMLElement).hidden) return false;
      // The measuring function comes as source: functions do not cross into the page.
      const layout = new Function(`return (${measure});`)() as (cell: string) => string[];
      return { problems: layout(id) };
    },
    { id, measure: layoutProblems.toString() },
    { timeout: 240_000, polling: 50 },
  );
  const { problems } = (await handle.jsonValue()) as { problems: string[] };
  return problems.map((p) => `${id} training: ${p}`);
};

describe.runIf(chromiumAvailable())('live cells leave the slide readable (1280×800)', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 800 } });

  beforeAll(async () => {
    await deck.open(`${URL}#${cellSlide('mnist-load')}`);
  });

  // No test leaves an error in the page (console or uncaught).
  afterEach(() => {
    expect(deck.errors).toEqual([]);
  });

  it('idle: the run controls sit beside the code on every live slide', {
    timeout: 180_000,
  }, async () => {
    const problems: string[] = [];
    for (const id of CELL_SLIDES.keys()) {
      await goto(deck.page, id);
      problems.push(...(await problemsOf(deck.page, id)));
    }
    expect(problems).toEqual([]);
  });

  it('a fit from a fresh session says what runs first; training covers nothing', {
    timeout: 600_000,
  }, async () => {
    const page = deck.page;
    await goto(page, 'dense-fit');
    // Every text the line shows, from the click on (the first steps take milliseconds).
    await page.evaluate((sel) => {
      const seen: string[] = [];
      window.__nowTexts = seen;
      const record = (): void => {
        const now = document.querySelector<HTMLElement>(`${sel} [data-now]`);
        const text = now && !now.hidden ? (now.textContent ?? '') : '';
        if (text !== '' && seen[seen.length - 1] !== text) seen.push(text);
      };
      new MutationObserver(record).observe(document.querySelector(sel) as Node, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }, DENSE_FIT);
    await page.click(`${DENSE_FIT} button[data-action="run"]`);
    await page.waitForSelector(
      `${DENSE_FIT} [data-live-output]:not([hidden]) [data-now]:not([hidden])`,
      {
        timeout: 2000,
      },
    );
    // While the data downloads, the steps done are gone from the list.
    await page.waitForSelector(`${DENSE_FIT} [data-loading]:not([hidden])`, { timeout: 60_000 });
    expect(await page.textContent(`${DENSE_FIT} [data-now]`)).toBe(
      'Спершу: завантаження MNIST, підготовка даних; потім — навчання щільної мережі',
    );
    const seen = await page.evaluate(() => window.__nowTexts ?? []);
    expect(seen[0]).toBe(
      'Спершу: запуск TensorFlow.js, архітектура мережі, компіляція, завантаження MNIST, ' +
        'підготовка даних; потім — навчання щільної мережі',
    );
    expect(await problemsOf(page, 'dense-fit')).toEqual([]);

    expect(await problemsWhileTraining(page, 'dense-fit')).toEqual([]);
    await becomesDone(page, 'dense-fit');
    await expectCellDone(page, 'dense-fit');
    expect(await problemsOf(page, 'dense-fit')).toEqual([]);
  });

  it('the chart names its axes, has a legend with the latest values and a text alternative', {
    timeout: 600_000,
  }, async () => {
    const page = deck.page;
    await showDone(page, 'dense-fit');
    const chart = `${DENSE_FIT} .lc-outputs .lc-chart-box`;
    const legend = await page.$$eval(`${chart} [data-key]`, (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(legend).toEqual([
      expect.stringMatching(/^втрати \(loss\): \d\.\d{4}$/),
      expect.stringMatching(/^точність \(accuracy\): \d\.\d{4}$/),
      'епоха 2/2',
    ]);
    const label = (await page.getAttribute(`${chart} svg`, 'aria-label')) ?? '';
    expect(label).toMatch(/епоха 1: втрати \d\.\d{4}, точність \d\.\d{4}; епоха 2: /);
    const texts = await page.$$eval(`${chart} svg text`, (els) => {
      const svg = els[0]?.closest('svg')?.getBoundingClientRect();
      return els.map((e) => {
        const r = e.getBoundingClientRect();
        const inside =
          svg !== undefined &&
          r.left >= svg.left - 0.5 &&
          r.right <= svg.right + 0.5 &&
          r.top >= svg.top - 0.5 &&
          r.bottom <= svg.bottom + 0.5;
        return { text: e.textContent ?? '', inside, r: [r.left, r.top, r.right, r.bottom] };
      });
    });
    const words = texts.map((t) => t.text);
    for (const title of ['епоха', 'втрати', 'точність']) expect(words).toContain(title);
    expect(texts.filter((t) => !t.inside).map((t) => t.text)).toEqual([]);
    const overlapping: string[] = [];
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) {
        const w = Math.min(a.r[2] ?? 0, b.r[2] ?? 0) - Math.max(a.r[0] ?? 0, b.r[0] ?? 0);
        const h = Math.min(a.r[3] ?? 0, b.r[3] ?? 0) - Math.max(a.r[1] ?? 0, b.r[1] ?? 0);
        if (w > 0.5 && h > 0.5) overlapping.push(`${a.text} / ${b.text}`);
      }
    });
    expect(overlapping).toEqual([]);
  });

  it("every cell's output panel fits its slide; the convnet trains covering nothing", {
    timeout: 900_000,
  }, async () => {
    const page = deck.page;
    const problems: string[] = [];
    for (const id of CELL_SLIDES.keys()) {
      await goto(page, id);
      if (id === 'convnet-fit' && (await cellState(page, id)) === 'idle') {
        await page.click(`${cellSel(id)} button[data-action="run"]`);
        problems.push(...(await problemsWhileTraining(page, id)));
      }
      await ensureDone(page, id);
      await expectCellDone(page, id);
      await page.waitForSelector(`${cellSel(id)} [data-live-output]:not([hidden])`);
      problems.push(...(await problemsOf(page, id)));
    }
    expect(problems).toEqual([]);
  });

  it('the panel and the recorded output trade places; «Сховати» gives the output back', {
    timeout: 600_000,
  }, async () => {
    const page = deck.page;
    await showDone(page, 'dense-fit');
    const recorded = `${DENSE_FIT} + pre`;
    await page.waitForSelector(`${DENSE_FIT} [data-live-output]:not([hidden])`);
    expect(await page.isVisible(recorded)).toBe(false);
    expect(await page.getAttribute(recorded, 'data-live-replaced')).toBe('');
    await page.click(`${DENSE_FIT} button[data-action="hide"]`);
    expect(await page.isVisible(recorded)).toBe(true);
    expect(await page.getAttribute(recorded, 'data-live-replaced')).toBeNull();
    expect(await page.isVisible(`${DENSE_FIT} [data-live-output]`)).toBe(false);
    expect(await problemsOf(page, 'dense-fit')).toEqual([]);
    await page.click(`${DENSE_FIT} button[data-action="show"]`);
    expect(await page.isVisible(recorded)).toBe(false);
    expect(await problemsOf(page, 'dense-fit')).toEqual([]);
  });
});
