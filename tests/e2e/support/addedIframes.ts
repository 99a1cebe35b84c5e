// e2e support: which slides an iframe was put into, from now on (a video frame that loads).
import type { Page } from 'playwright-core';

interface Recorder {
  __addedIframes?: string[];
}

/**
 * Starts recording in `page` the slide (`data-index`) of every iframe added to the document;
 * returns a reader of that list.
 */
export async function recordAddedIframes(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const added: string[] = [];
    (window as Recorder).__addedIframes = added;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof HTMLIFrameElement)) continue;
          added.push(node.closest<HTMLElement>('.slide')?.dataset.index ?? '?');
        }
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  return () => page.evaluate(() => (window as Recorder).__addedIframes ?? []);
}
