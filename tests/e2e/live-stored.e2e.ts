// Hostile stored results: a malformed record in IndexedDB (an older app version, a damaged
// write) must not disable the live cells. The damaged cell is dropped and says so; the intact
// ones stay; running works.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import {
  cellSel,
  cellSlide,
  cellState,
  gotoCell,
  runCell,
  showSlide,
  waitForCellState,
} from './support/liveCells.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const BASE = '?p=lecture5.md&live=test';

describe.runIf(chromiumAvailable())('live cells with a damaged stored session', () => {
  const deck = useDeckPage();

  it('drops the malformed cell, keeps the rest, and runs', { timeout: 180_000 }, async () => {
    await deck.open(`${BASE}#${cellSlide('dense-model')}`);
    // This page's session must have restored (nothing) before the record is written: a
    // session that restores after the write drops the damaged cell and stores the rest
    // cleaned, so the reloaded page would find nothing damaged to report.
    await gotoCell(deck.page, 'dense-model');
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
    await gotoCell(deck.page, 'dense-model');
    expect(await cellState(deck.page, 'dense-model')).toBe('idle');
    const texts = await runCell(deck.page, 'dense-model', { timeout: 60_000 });
    expect(texts.join('\n')).toContain('Total params');
    expect(await deck.page.textContent(`${cellSel('dense-model')} [data-notice]`)).toBe(
      'Збережені результати пошкоджені — їх скинуто: «архітектура мережі».',
    );
    await showSlide(deck.page, cellSlide('convnet-model'));
    await waitForCellState(deck.page, 'convnet-model', ['done'], 30_000);
    expect(await deck.page.textContent(`${cellSel('convnet-model')} .lc-outputs`)).toContain(
      'stored convnet',
    );
    expect(deck.errors).toEqual([]);
  });
});
