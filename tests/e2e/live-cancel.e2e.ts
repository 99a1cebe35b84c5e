// One way to cancel a running live cell: whatever the run is doing (queued behind another
// cell, loading the data, measuring the fit's speed, asking over the time budget, training),
// the cell shows exactly one visible «Скасувати» — a button with an accessible name that a
// keyboard reaches — and pressing it cancels this cell's run (and only this one).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import { cellSel, cellSlide, gotoCell, waitForCellState } from './support/liveCells.ts';
import { useDeckPage } from './support/useDeckPage.ts';

/** What a cancel is called, for a screen reader (role button): «Скасувати: <the cell's step>». */
const CANCEL_NAME = /^Скасувати: \S/;

/** One observation of a running cell: what it was doing and how many cancels it showed. */
interface Seen {
  readonly cell: string;
  readonly phase: string;
  readonly cancels: number;
}

declare global {
  interface Window {
    __cancelsSeen?: Seen[];
  }
}

/**
 * Records, at every change of the page, each visible running cell's phase and the number of
 * visible cancel buttons in it (a running cell must always show exactly one).
 */
const recordCancels = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen: Seen[] = [];
    window.__cancelsSeen = seen;
    const visible = (e: Element | null): boolean => {
      if (!(e instanceof HTMLElement) || !e.checkVisibility({ visibilityProperty: true })) {
        return false;
      }
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const look = (): void => {
      for (const cell of document.querySelectorAll<HTMLElement>('[data-live-cell]')) {
        if (cell.dataset.state !== 'running' || !visible(cell)) continue;
        const fit = cell.querySelector<HTMLElement>('[data-fit-start]');
        const phase =
          cell.querySelector('.lc-status')?.textContent === 'У черзі…'
            ? 'queued'
            : visible(cell.querySelector('[data-training]'))
              ? 'training'
              : visible(fit)
                ? `fit-${fit?.dataset.phase}`
                : visible(cell.querySelector('[data-loading]'))
                  ? 'loading'
                  : 'running';
        const cancels = [...cell.querySelectorAll('button[data-action="cancel"]')].filter(visible);
        const entry = { cell: cell.dataset.liveCell ?? '', phase, cancels: cancels.length };
        const last = seen.at(-1);
        if (
          last?.cell !== entry.cell ||
          last.phase !== entry.phase ||
          last.cancels !== entry.cancels
        ) {
          seen.push(entry);
        }
      }
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    look();
  });

const seenSoFar = async (page: Page): Promise<Seen[]> =>
  withTimeout(
    page.evaluate(() => window.__cancelsSeen ?? []),
    10_000,
    'reading what the recorder saw',
  );

/** The session's state of `ids` (test mode exposes the session as `window.__liveSession`). */
const cells = (page: Page, ...ids: string[]) =>
  withTimeout(
    page.evaluate((which) => {
      const s = window.__liveSession?.session.snapshot();
      if (!s) throw new Error('no window.__liveSession (test mode only)');
      return {
        training: s.info.training?.cell,
        cells: which.map((id) => {
          const c = s.cells[id as keyof typeof s.cells];
          return { id, state: c.state, status: c.status, outputs: c.outputs.length };
        }),
      };
    }, ids),
    10_000,
    'reading the session',
  );

/** The cell's one cancel: exactly one visible, by its accessible name, focusable. */
async function theCancel(page: Page, id: string) {
  const byRole = page.locator(cellSel(id)).getByRole('button', { name: CANCEL_NAME });
  expect(await byRole.count()).toBe(1);
  expect(await byRole.isVisible()).toBe(true);
  const visible = await page.$$eval(`${cellSel(id)} button[data-action="cancel"]`, (buttons) =>
    buttons.filter((b) => (b as HTMLElement).checkVisibility()),
  );
  expect(visible).toHaveLength(1);
  expect(await byRole.textContent()).toBe('Скасувати');
  // Reached by the keyboard: enabled, in the tab order.
  expect(await byRole.isEnabled()).toBe(true);
  expect(await byRole.getAttribute('tabindex')).toBeNull();
  return byRole;
}

/** After a press: the same button, now saying the run is being cancelled. */
async function expectCancelling(page: Page, id: string): Promise<void> {
  const pressed = page.locator(`${cellSel(id)} button[data-action="cancel"]`);
  expect(await pressed.textContent()).toBe('Скасування…');
  expect(await pressed.getAttribute('aria-disabled')).toBe('true');
  const byRole = page.locator(cellSel(id)).getByRole('button', { name: /^Скасування: \S/ });
  expect(await byRole.count()).toBe(1);
}

/** The cancelled run of `id` has ended: the cell is idle, says «Скасовано» and printed nothing. */
async function expectCancelled(page: Page, id: string, timeout: number) {
  await waitForCellState(page, id, ['idle'], timeout);
  const after = await cells(page, id);
  expect(after.cells[0]).toMatchObject({ state: 'idle', status: 'Скасовано', outputs: 0 });
  return after;
}

/** Every observation of a running cell showed exactly one cancel. */
async function expectOneCancelThroughout(page: Page): Promise<Seen[]> {
  const seen = await seenSoFar(page);
  expect(seen.filter((s) => s.cancels !== 1)).toEqual([]);
  return seen;
}

describe.runIf(chromiumAvailable())('a running live cell has one cancel', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 800 } });

  /** Opens lecture 5 at `cell`'s slide; `query` picks the run (its own stored session). */
  const open = async (cell: string, query: string): Promise<void> => {
    await deck.open(`?p=lecture5.md&live=test&${query}#${cellSlide(cell)}`);
    await gotoCell(deck.page, cell);
    await recordCancels(deck.page);
  };
  /** Opens the convnet's fit as `open` does, presses ▶ Виконати and waits until `part` shows. */
  const runFitUntil = async (query: string, part: string, timeout: number): Promise<void> => {
    await open('convnet-fit', query);
    await deck.page.click(`${cellSel('convnet-fit')} button[data-action="run"]`);
    await deck.page.waitForSelector(`${cellSel('convnet-fit')} ${part}:not([hidden])`, { timeout });
  };

  beforeAll(async () => {
    // The data download takes a moment here, so the loading state can be seen and cancelled.
    await deck.page.context().route('**/data/mnist-*.bin.gz', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
  });

  it('while measuring and at the budget prompt: the bar cancel, none in the prompt; Enter cancels', {
    timeout: 240_000,
  }, async () => {
    const page = deck.page;
    const cell = cellSel('convnet-fit');
    // 6,000 digits against a 1 s budget: the fit measures, then asks.
    await open('convnet-fit', 'live-subset=6000&live-budget=1');
    // The run button is named by its step, in Ukrainian, as the cancel is.
    expect(await page.getAttribute(`${cell} button[data-action="run"]`, 'aria-label')).toBe(
      'Виконати: навчання згорткової мережі',
    );
    await page.click(`${cell} button[data-action="run"]`);
    await page.waitForSelector(`${cell} [data-fit-start][data-phase="measuring"]`, {
      timeout: 120_000,
    });
    await theCancel(page, 'convnet-fit');
    await page.waitForSelector(
      `${cell} [data-fit-start][data-phase="choosing"] [data-action="run-short"]`,
      {
        timeout: 180_000,
      },
    );
    const cancel = await theCancel(page, 'convnet-fit');
    expect(await page.$$(`${cell} [data-fit-start] button[data-action="cancel"]`)).toHaveLength(0);
    // The keyboard: focus it, press Enter.
    await cancel.focus();
    await page.keyboard.press('Enter');
    const after = await expectCancelled(page, 'convnet-fit', 10_000);
    expect(after.training).toBeUndefined();
    // Focus went to ▶ Виконати, not to the page.
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null),
    ).toBe('run');
    const seen = await expectOneCancelThroughout(page);
    const phases = new Set(seen.map((s) => s.phase));
    for (const phase of ['loading', 'fit-measuring', 'fit-choosing']) {
      expect(phases, [...phases].join(', ')).toContain(phase);
    }
    expect(phases).not.toContain('training');
  });

  it('while loading the data: pressing cancel stops the run before any training', {
    timeout: 240_000,
  }, async () => {
    const page = deck.page;
    await runFitUntil('live-subset=2048&live-budget=3600', '[data-loading]', 60_000);
    const cancel = await theCancel(page, 'convnet-fit');
    await cancel.click();
    // The download goes on to its end (it does not stop at once); the button says so meanwhile.
    await expectCancelling(page, 'convnet-fit');
    await expectCancelled(page, 'convnet-fit', 60_000);
    const seen = await expectOneCancelThroughout(page);
    expect(seen.map((s) => s.phase)).toContain('loading');
    expect(seen.map((s) => s.phase)).not.toContain('training');
  });

  it('while training: one cancel (the bar), none in the training view; a click cancels', {
    timeout: 240_000,
  }, async () => {
    const page = deck.page;
    await runFitUntil('live-subset=6016&live-budget=3600', '[data-training]', 180_000);
    const cancel = await theCancel(page, 'convnet-fit');
    expect(await page.$$(`${cellSel('convnet-fit')} [data-training] button`)).toHaveLength(0);
    await cancel.click();
    const after = await expectCancelled(page, 'convnet-fit', 15_000);
    expect(after.training).toBeUndefined();
    const seen = await expectOneCancelThroughout(page);
    expect(seen.map((s) => s.phase)).toContain('training');
  });

  it('queued («У черзі…»): its cancel cancels that cell, not the training ahead of it', {
    timeout: 300_000,
  }, async () => {
    const page = deck.page;
    await runFitUntil('live-subset=6144&live-budget=3600', '[data-training]', 180_000);
    // On to the dense fit's slide: run it, it waits for the convnet's training.
    await gotoCell(page, 'dense-fit');
    const dense = cellSel('dense-fit');
    await page.click(`${dense} button[data-action="run"]`);
    await page.waitForSelector(`${dense}[data-state="running"]`);
    expect(await page.textContent(`${dense} .lc-status`)).toBe('У черзі…');
    const cancel = await theCancel(page, 'dense-fit');
    await cancel.click();
    // Said at once; the convnet goes on training.
    await expectCancelling(page, 'dense-fit');
    await page.waitForTimeout(1000);
    const meanwhile = await cells(page, 'convnet-fit', 'dense-fit');
    expect(meanwhile.cells[0]?.state).toBe('running');
    expect(meanwhile.training).toBe('convnet-fit');
    // The convnet finishes; the dense fit, when its turn comes, is cancelled and trains nothing.
    await page.waitForFunction(
      () => {
        const s = window.__liveSession?.session.snapshot();
        return (
          s !== undefined &&
          s.cells['convnet-fit'].state !== 'running' &&
          s.cells['dense-fit'].state !== 'running'
        );
      },
      undefined,
      { timeout: 240_000, polling: 100 },
    );
    const after = await cells(page, 'convnet-fit', 'dense-fit');
    expect(after.cells[0]).toMatchObject({ state: 'done', status: '' });
    expect(after.cells[1]).toMatchObject({ state: 'idle', status: 'Скасовано', outputs: 0 });
    const seen = await expectOneCancelThroughout(page);
    expect(seen).toContainEqual({ cell: 'dense-fit', phase: 'queued', cancels: 1 });
    expect(deck.errors).toEqual([]);
  });
});
