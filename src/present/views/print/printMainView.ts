import type { MainView, MainViewFactory } from '../../mode.ts';
import { wholeDeckReady } from '../../readiness.ts';
import { modeUrl } from '../review/modeUrl.ts';
import { type PrintOptions, readPrintOptions } from './printOptions.ts';
import { createPrintView } from './printView.ts';

/** A link of the on-screen toolbar: the same print view with other options. */
function optionLink(doc: Document, href: string, options: PrintOptions, label: string) {
  const url = new URL(href);
  for (const name of ['notes', 'handout', 'print-notes', 'print-handout']) {
    url.searchParams.delete(name);
  }
  if (options.notes) url.searchParams.set('notes', '1');
  if (options.handout) url.searchParams.set('handout', '1');
  const link = doc.createElement('a');
  link.href = `${url.pathname}${url.search}`;
  link.textContent = label;
  return link;
}

/**
 * `?mode=print` (`&notes`, `&handout`): every slide as a printed page, shown on screen as a
 * preview under a small toolbar (hidden in print). Ready once every page's images, widgets,
 * math styles and fonts are in: `npm run pdf` waits for that, then prints this view.
 */
export const printMainView: MainViewFactory = (parent, options): MainView => {
  const { store, widgets, window: win } = options;
  const doc = parent.ownerDocument;
  const deck = store.deck;
  const print = readPrintOptions(win.location.search);
  const bar = doc.createElement('nav');
  bar.className = 'print-toolbar';
  bar.setAttribute('aria-label', 'Друк');
  const back = doc.createElement('a');
  back.href = modeUrl(win.location.href, undefined, '');
  back.textContent = '← До слайдів';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Друкувати';
  const onPrint = (): void => win.print();
  button.addEventListener('click', onPrint);
  const href = win.location.href;
  bar.append(
    back,
    button,
    optionLink(
      doc,
      href,
      { ...print, notes: !print.notes },
      print.notes ? 'Без нотаток' : 'З нотатками',
    ),
    optionLink(
      doc,
      href,
      { ...print, handout: !print.handout },
      print.handout ? 'Усі кроки й слайди' : 'Роздатковий варіант',
    ),
  );
  parent.append(bar);
  const view = createPrintView(parent, deck, widgets, { ...print, onScreen: true });
  const ready = Promise.all([view.ready, wholeDeckReady(win, deck, options.mathStyles)]);
  return {
    ready,
    // The pages do not follow the slide: navigation keys do nothing here.
    command: (name) =>
      name === 'next' || name === 'previous' || name === 'first' || name === 'last',
    dispose() {
      button.removeEventListener('click', onPrint);
      bar.remove();
      view.dispose();
    },
  };
};
