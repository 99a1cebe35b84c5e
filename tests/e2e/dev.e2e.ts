// The dev server (`npm start`): several decks, #name, and live re-render on save.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, withTimeout } from './support/browser.ts';
import { type DevServer, startDevServer } from './support/devServer.ts';
import { waitForDeck } from './support/session.ts';

describe.runIf(chromiumAvailable())('dev server', () => {
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const open = async (path: string): Promise<void> => {
    await page.goto('about:blank');
    await page.goto(new URL(path, server.url).href);
    await waitForDeck(page);
  };

  beforeAll(async () => {
    server = await startDevServer(['named.md', 'other.md', 'wide.md']);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the decks at the root URL when there are several', async () => {
    await open('');
    const links = await page.$$eval('.deck-message a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual(['?p=named.md', '?p=other.md', '?p=wide.md']);
  });

  it('opens #name at the named slide', async () => {
    await open('?p=named.md#middle');
    expect(await page.textContent('.slide-current h1')).toBe('Середина');
    // The hash is written just after the move.
    await page.waitForFunction(() => location.hash === '#2', undefined, { timeout: 2000 });
    expect(await page.evaluate(() => location.hash)).toBe('#2');
  });

  it('re-renders a saved deck in place, staying on the same slide', async () => {
    await open('?p=named.md#2');
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });
    const file = join(server.slidesDir, 'named.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Середина', '# Середина (змінено)'));
    await withTimeout(
      page.waitForFunction(
        () => document.querySelector('.slide-current h1')?.textContent === 'Середина (змінено)',
      ),
      20_000,
      'waiting for the re-rendered slide',
    );
    expect(await page.evaluate(() => location.hash)).toBe('#2');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same page',
    );
  });

  it('lays out a 16:9 deck at 1210×681 and a 4:3 deck at 908×681', async () => {
    const size = () =>
      page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('.slide-current');
        return [slide?.offsetWidth, slide?.offsetHeight];
      });
    await open('?p=wide.md');
    expect(await size()).toEqual([1210, 681]);
    await open('?p=other.md');
    expect(await size()).toEqual([908, 681]);
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
