import type { RenderedDeck, RenderedSlide, WidgetRef } from '../../../model/index.ts';
import type { MountedWidgets, WidgetHost } from '../../../widgets/host.ts';
import { framedSlide } from '../review/framedSlide.ts';
import { stillWidgets } from '../review/lazyWidgets.ts';
import { handoutGroups } from '../review/steps.ts';
import { renderSlide, SLIDE_SIZE, type SlideDomOptions } from '../slideDom.ts';
import { printStills } from '../slideStills.ts';
import { pageLayout } from './pageLayout.ts';
import type { PrintOptions } from './printOptions.ts';
import { waitForMedia, widgetsSettled } from './printReadiness.ts';

export interface PrintView {
  readonly element: HTMLElement;
  /** How many pages (slides) are laid out. */
  readonly pageCount: number;
  /** Resolves when images, videos' first frames and widgets on every page are ready. */
  readonly ready: Promise<void>;
  dispose(): void;
}

export interface PrintViewOptions extends PrintOptions {
  /** `mode=print` shows the pages on screen too; Ctrl+P from another mode prints only. */
  readonly onScreen: boolean;
}

interface Page {
  readonly slide: RenderedSlide;
  readonly notesHtml: string;
}

/** A printed slide: every image loads; an iframe prints as a card with its address. */
const PRINT_SLIDE: SlideDomOptions = { stills: printStills, access: 'label' };

/** The pages to print: every slide, or a handout's (see `handoutGroups`). */
export function printPages(deck: RenderedDeck, handout: boolean): Page[] {
  if (!handout) return deck.slides.map((slide) => ({ slide, notesHtml: slide.notesHtml }));
  return handoutGroups(deck.slides).map(({ slide, notesHtml }) => ({ slide, notesHtml }));
}

/**
 * Every slide as one printed page at the deck's ratio (`@page` sized from the deck), with
 * the notes under it on request. Widgets are mounted (still) so their drawings print.
 */
export function createPrintView(
  parent: HTMLElement,
  deck: RenderedDeck,
  widgets: WidgetHost,
  options: PrintViewOptions,
): PrintView {
  const doc = parent.ownerDocument;
  const layout = pageLayout(deck.ratio, options.notes);
  const slideSize = SLIDE_SIZE[deck.ratio];
  const root = doc.createElement('main');
  root.className = options.onScreen ? 'print-deck' : 'print-deck print-only';
  root.dataset.ratio = deck.ratio;
  root.toggleAttribute('data-notes', options.notes);
  root.toggleAttribute('data-handout', options.handout);
  for (const [name, value] of [
    ['--slide-w', slideSize.width],
    ['--slide-h', slideSize.height],
    ['--page-w', layout.width],
    ['--page-h', layout.height],
    ['--page-margin', layout.margin],
    ['--print-scale', layout.slideScale],
  ] as const) {
    root.style.setProperty(name, String(value));
  }
  const pageRule = doc.createElement('style');
  pageRule.textContent = layout.css;
  root.append(pageRule);

  const pages = printPages(deck, options.handout);
  const mounted: MountedWidgets[] = [];
  for (const page of pages) {
    const article = doc.createElement('article');
    article.className = 'print-page';
    article.dataset.index = String(page.slide.index);
    const slide = renderSlide(doc, page.slide, deck, PRINT_SLIDE);
    article.append(framedSlide(doc, 'print', slide.element));
    if (options.notes && page.notesHtml.trim() !== '') {
      const notes = doc.createElement('div');
      notes.className = 'print-notes';
      notes.innerHTML = page.notesHtml;
      article.append(notes);
    }
    root.append(article);
    const live = printedLive(slide.element, page.slide.widgets);
    if (live.length > 0) mounted.push(widgets.mount(slide.element, stillWidgets(live)));
  }
  parent.append(root);

  const ready = Promise.all([waitForMedia(root), ...mounted.map((m) => m.ready)]).then(() =>
    widgetsSettled(root),
  );

  return {
    element: root,
    pageCount: pages.length,
    ready,
    dispose() {
      for (const m of mounted.splice(0)) m.dispose();
      root.remove();
    },
  };
}

/**
 * The widgets a page mounts: a placeholder that carries its own content (a generated figure
 * standing in for the live widget) prints that content instead, quicker and without tfjs.
 */
function printedLive(slide: HTMLElement, refs: readonly WidgetRef[]): WidgetRef[] {
  return refs.filter((ref) => {
    const element = slide.querySelector(`[data-widget-id="${CSS.escape(ref.id)}"]`);
    return element === null || element.childElementCount === 0;
  });
}
