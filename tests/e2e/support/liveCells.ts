// Lecture 5's live cells in a deck page, through their stable handles: data-live-cell,
// data-state, button[data-action] and [data-live-output]. The slide numbers are read from
// the markdown, so the tests follow the lecture when slides move.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { parseDeck } from '../../../src/parse/index.ts';
import { renderDeck } from '../../../src/render/index.ts';
import { liveCellSlides } from '../../widgets/live-cell/cellSlides.ts';

/** `#N` of each live cell of lecture 5. */
export const CELL_SLIDES = liveCellSlides();

/** The live cell `id` on the current slide. */
export const cellSel = (id: string): string => `.slide-current [data-live-cell="${id}"]`;

/** `#N` of the slide with live cell `id`. */
export function cellSlide(id: string): number {
  const n = CELL_SLIDES.get(id);
  if (n === undefined) throw new Error(`no slide with live cell ${id}`);
  return n;
}

/** `#N` of lecture 5's first slide with a `name` widget whose `models` param is `models`. */
export function widgetSlide(name: string, models: string): number {
  const source = readFileSync(resolve(import.meta.dirname, '../../../slides/lecture5.md'), 'utf8');
  const rendered = renderDeck(parseDeck(source), { id: 'lecture5.md', fileExists: () => true });
  const slide = rendered.slides.find((s) =>
    s.widgets.some((w) => w.name === name && w.params.models === models),
  );
  if (slide === undefined) throw new Error(`no ${name} slide with models=${models}`);
  return Number(slide.index) + 1;
}

/** Shows slide `#n` the way a link does (the hash), without reloading the page. */
export async function showSlide(page: Page, n: number): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#${n}`);
}

export interface GotoCellOptions {
  /** Also ready when the cell already runs (its run button is then disabled). */
  readonly orRunning?: boolean;
  readonly timeout?: number;
}

/** Shows the cell's slide and waits until the cell can run: its session is attached. */
export async function gotoCell(
  page: Page,
  id: string,
  { orRunning = false, timeout = 60_000 }: GotoCellOptions = {},
): Promise<void> {
  await showSlide(page, cellSlide(id));
  const ready = `${cellSel(id)} button[data-action="run"]:not([disabled])`;
  await page.waitForSelector(orRunning ? `${ready}, ${cellSel(id)}[data-state="running"]` : ready, {
    timeout,
  });
}

export const cellState = (page: Page, id: string): Promise<string | null> =>
  page.getAttribute(cellSel(id), 'data-state');

/** The texts the cell printed, in order. */
export const cellTexts = (page: Page, id: string): Promise<string[]> =>
  page.$$eval(`${cellSel(id)} [data-live-output] .lc-outputs .lc-text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );

/** Waits until the cell's `data-state` is one of `states`. */
export async function waitForCellState(
  page: Page,
  id: string,
  states: readonly string[],
  timeout: number,
): Promise<void> {
  await page.waitForFunction(
    ({ sel, states }) =>
      states.includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
    { sel: cellSel(id), states },
    { timeout },
  );
}

/** The cell finished without an error; the failure names the cell and quotes its error. */
export async function expectCellDone(page: Page, id: string): Promise<void> {
  const error = await page.textContent(`${cellSel(id)} .lc-error`);
  expect(await cellState(page, id), `${id}: ${error}`).toBe('done');
}

export interface RunCellOptions {
  /** The button clicked (`run`, `pretrained`, …). */
  readonly action?: string;
  /** How long the run may take. */
  readonly timeout?: number;
}

/** Runs a cell (the session runs its prerequisites first), expects it done, returns its texts. */
export async function runCell(
  page: Page,
  id: string,
  { action = 'run', timeout = 300_000 }: RunCellOptions = {},
): Promise<string[]> {
  await gotoCell(page, id);
  await page.click(`${cellSel(id)} button[data-action="${action}"]`);
  await waitForCellState(page, id, ['done', 'error'], timeout);
  await expectCellDone(page, id);
  return cellTexts(page, id);
}
