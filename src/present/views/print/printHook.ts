import type { RenderedDeck } from '../../../model/index.ts';
import type { WidgetHost } from '../../../widgets/host.ts';
import type { PrintOptions } from './printOptions.ts';
import type { createPrintView, PrintView } from './printView.ts';

export interface PrintHook {
  dispose(): void;
}

/**
 * Ctrl+P (or the browser's Print) from the slideshow or review prints every slide, not the
 * one on screen: the print view is laid out (print-only) on `beforeprint` and removed on
 * `afterprint`. Images already seen come from the cache; for a PDF use `?mode=print`
 * (or `npm run pdf`), which waits until every page is ready.
 *
 * `beforeprint` must lay out synchronously, so the print view's code is loaded ahead, but
 * only once `after` settles (the first slide is shown): it is not on the first slide's path.
 * Printing before it has arrived prints what is on screen; once it is there, `parent` carries
 * `data-print-ready` (a handle for tests and tools).
 */
export function installPrintHook(
  win: Window,
  parent: HTMLElement,
  deck: () => RenderedDeck,
  widgets: WidgetHost,
  options: PrintOptions,
  after: Promise<unknown>,
  load: () => Promise<{ createPrintView: typeof createPrintView }> = () => import('./printView.ts'),
): PrintHook {
  let view: PrintView | undefined;
  let create: typeof createPrintView | undefined;
  let disposed = false;
  void after
    .then(load)
    .then((module) => {
      if (disposed) return;
      create = module.createPrintView;
      parent.dataset.printReady = '';
    })
    .catch(() => undefined); // printing then shows the current slide, as a browser would
  const before = (): void => {
    view?.dispose();
    view = create?.(parent, deck(), widgets, { ...options, onScreen: false });
  };
  const afterPrint = (): void => {
    view?.dispose();
    view = undefined;
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', afterPrint);
  return {
    dispose() {
      disposed = true;
      delete parent.dataset.printReady;
      win.removeEventListener('beforeprint', before);
      win.removeEventListener('afterprint', afterPrint);
      afterPrint();
    },
  };
}
