import type { RenderedDeck } from '../../../model/index.ts';
import type { WidgetHost } from '../../../widgets/host.ts';
import type { PrintOptions } from './printOptions.ts';
import { createPrintView, type PrintView } from './printView.ts';

export interface PrintHook {
  dispose(): void;
}

/**
 * Ctrl+P (or the browser's Print) from the slideshow or review prints every slide, not the
 * one on screen: the print view is laid out (print-only) on `beforeprint` and removed on
 * `afterprint`. Images already seen come from the cache; for a PDF use `?mode=print`
 * (or `npm run pdf`), which waits until every page is ready.
 */
export function installPrintHook(
  win: Window,
  parent: HTMLElement,
  deck: () => RenderedDeck,
  widgets: WidgetHost,
  options: PrintOptions,
): PrintHook {
  let view: PrintView | undefined;
  const before = (): void => {
    view?.dispose();
    view = createPrintView(parent, deck(), widgets, { ...options, onScreen: false });
  };
  const after = (): void => {
    view?.dispose();
    view = undefined;
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return {
    dispose() {
      win.removeEventListener('beforeprint', before);
      win.removeEventListener('afterprint', after);
      after();
    },
  };
}
