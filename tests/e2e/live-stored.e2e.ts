// Hostile stored results: a malformed record in IndexedDB (an older app version, a damaged
// write) must not disable the live cells. The damaged cell is dropped and says so; the intact
// ones stay; running works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveCellSlides } from '../widgets/live-cell/cellSlides.ts';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import { type DeckPage, type Session, startSession } from './support/session.ts';

const SLIDES = liveCellSlides();
const BASE = '?p=lecture5.md&live=test';
const cellSel = (id: string) => `.slide-current [data-live-cell="${id}"]`;

describe.runIf(chromiumAvailable())('live cells with a damaged stored session', () => {
  let session: Session;
  let deck: DeckPage;

  beforeAll(async () => {
    session = await startSession();
    deck = await session.newDeckPage();
  });

  afterAll(async () => {
    await deck?.close();
    await session?.close();
  });

  it('drops the malformed cell, keeps the rest, and runs', { timeout: 180_000 }, async () => {
    const slide = SLIDES.get('dense-model');
    const kept = SLIDES.get('convnet-model');
    await deck.open(`${BASE}#${slide}`);
    const run = `${cellSel('dense-model')} button[data-action="run"]:not([disabled])`;
    // This page's session must have restored (nothing) before the record is written: a
    // session that restores after the write drops the damaged cell and stores the rest
    // cleaned, so the reloaded page would find nothing damaged to report.
    await deck.page.waitForSelector(run, { timeout: 60_000 });
    await deck.page.waitForFunction(() => window.__liveSession !== undefined);
    await deck.page.evaluate(() => window.__liveSession?.session.ready);
    await withTimeout(
      deck.page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('live-lecture-deck-session', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('sessions');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const tx = request.result.transaction('sessions', 'readwrite');
              tx.objectStore('sessions').put(
                {
                  version: 1,
                  cells: [
                    { id: 'dense-model', state: 'done', outputs: [null], status: '' },
                    {
                      id: 'convnet-model',
                      state: 'done',
                      outputs: [{ kind: 'text', label: '', text: 'stored convnet' }],
                      status: '',
                    },
                  ],
                },
                'live-session-test-512-1',
              );
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            };
          }),
      ),
      30_000,
      'writing the damaged record',
    );
    await deck.page.reload();
    await deck.page.waitForSelector(run, { timeout: 60_000 });
    expect(await deck.page.getAttribute(cellSel('dense-model'), 'data-state')).toBe('idle');
    await deck.page.click(run);
    await deck.page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done',
      cellSel('dense-model'),
      { timeout: 60_000 },
    );
    const texts = await deck.page.$$eval(`${cellSel('dense-model')} .lc-outputs .lc-text`, (els) =>
      els.map((e) => e.textContent ?? '').join('\n'),
    );
    expect(texts).toContain('Total params');
    expect(await deck.page.textContent(`${cellSel('dense-model')} [data-notice]`)).toBe(
      'Збережені результати пошкоджені — їх скинуто: «архітектура мережі».',
    );
    await deck.page.evaluate((hash) => {
      location.hash = hash;
    }, `#${kept}`);
    await deck.page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done',
      cellSel('convnet-model'),
      { timeout: 30_000 },
    );
    expect(await deck.page.textContent(`${cellSel('convnet-model')} .lc-outputs`)).toContain(
      'stored convnet',
    );
    expect(deck.errors).toEqual([]);
  });
});
