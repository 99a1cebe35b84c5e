import type { RenderedDeck } from '../../../model/index.ts';
import type { WidgetHost } from '../../../widgets/host.ts';
import { formatHash } from '../../hash.ts';
import type { Store } from '../../store.ts';
import { element } from '../dom.ts';
import { renderSlide, SLIDE_SIZE, type SlideDomOptions } from '../slideDom.ts';
import { framedSlide } from './framedSlide.ts';
import { createLazyWidgets, type LazyEntry, type LazyWidgets } from './lazyWidgets.ts';
import { modeUrl } from './modeUrl.ts';
import { createScrollTracker } from './scrollTracker.ts';
import { groupOf, groupSteps, type StepGroup } from './steps.ts';

export interface ReviewView {
  readonly element: HTMLElement;
  /** The `--` groups shown, one entry each (for the review navigator). */
  readonly groups: readonly StepGroup[];
  /** Scrolls the current entry back to the top after heights changed (fonts, math styles). */
  realign(): void;
  dispose(): void;
}

const CURRENT_CLASS = 'review-item-current';

/** A slide in the column: iframes wait in slots, images and media load near the viewport. */
const REVIEW_SLIDE: SlideDomOptions = {
  lazy: true,
  access: 'label',
};

/**
 * Review mode: every slide in one scrolling column, scaled to the column at the deck's
 * ratio, with its notes underneath and a deep link. Follows the store (keys, `#N`) and moves
 * it as the reader scrolls. Off-screen slides are skipped by `content-visibility`; widgets
 * and iframes start only near the viewport.
 */
export function createReviewView(
  parent: HTMLElement,
  store: Store,
  widgets: WidgetHost,
): ReviewView {
  const doc = parent.ownerDocument;
  const win = doc.defaultView;
  if (win === null) throw new Error('review needs a document with a window');

  const root = element(doc, 'main', 'review');
  const bar = element(doc, 'header', 'review-bar');
  const back = element(doc, 'a', 'review-back', '← До слайдів');
  const title = element(doc, 'h1', 'review-title');
  const print = element(doc, 'a', 'review-print', 'Друк / PDF');
  bar.append(back, title, print);
  const list = element(doc, 'ol', 'review-list');
  list.setAttribute('aria-label', 'Усі слайди з нотатками');
  root.append(bar, list);
  parent.append(root);

  let groups: StepGroup[] = [];
  let items: HTMLElement[] = [];
  let lazy: LazyWidgets | undefined;
  let current = -1;
  let fromScroll = false;

  const setScale = (): void => {
    const { width, height } = SLIDE_SIZE[store.deck.ratio];
    const available = list.clientWidth;
    if (available <= 0) return;
    list.style.setProperty('--review-scale', String(available / width));
    list.style.setProperty('--review-box-h', String(Math.round((available * height) / width)));
  };
  const resize = new ResizeObserver(setScale);

  const renderItem = (group: StepGroup, deck: RenderedDeck): LazyEntry => {
    const position = group.slide.index + 1;
    const item = element(doc, 'li', 'review-item');
    item.id = String(position);
    item.dataset.index = String(group.slide.index);
    const slide = renderSlide(doc, group.slide, deck, REVIEW_SLIDE);
    const box = framedSlide(doc, 'review', slide.element);
    const meta = element(doc, 'p', 'review-meta');
    const link = element(doc, 'a', 'review-link', formatHash(group.slide.index));
    link.href = formatHash(group.slide.index);
    link.setAttribute('aria-label', `Посилання на слайд ${position}`);
    const steps = group.steps.length > 1 ? ` · кроків: ${group.steps.length}` : '';
    meta.append(link, ` Слайд ${group.slide.number} з ${deck.total}${steps}`);
    item.append(box, meta);
    if (group.notesHtml !== '') {
      const notes = element(doc, 'div', 'review-notes');
      notes.setAttribute('role', 'note');
      notes.setAttribute('aria-label', `Нотатки до слайда ${position}`);
      notes.innerHTML = group.notesHtml;
      item.append(notes);
    }
    return {
      target: item,
      element: slide.element,
      widgets: group.slide.widgets,
      embeds: slide.embeds,
    };
  };

  const links = (): void => {
    const hash = formatHash(store.index);
    back.href = modeUrl(win.location.href, undefined, hash);
    print.href = modeUrl(win.location.href, 'print', '');
  };

  const mark = (g: number): void => {
    if (g === current) return;
    items[current]?.classList.remove(CURRENT_CLASS);
    items[current]?.removeAttribute('aria-current');
    current = g;
    items[g]?.classList.add(CURRENT_CLASS);
    items[g]?.setAttribute('aria-current', 'true');
  };

  const tracker = createScrollTracker(
    win,
    () => items,
    (g) => {
      const group = groups[g];
      if (group === undefined || g === groupOf(groups, store.index)) return;
      fromScroll = true;
      try {
        store.goTo(group.slide.index);
      } finally {
        fromScroll = false;
      }
    },
  );

  const jump = (g: number): void => {
    items[g]?.scrollIntoView({ block: 'start' });
    tracker.pin(g);
  };

  /**
   * The first build lays nothing out: the math stylesheet and fonts are still loading, so the
   * scale (ResizeObserver) and the jump to `#N` (`realign`) wait for the first real layout.
   */
  let first = true;
  const build = (): void => {
    lazy?.dispose();
    const deck = store.deck;
    const { width, height } = SLIDE_SIZE[deck.ratio];
    root.dataset.ratio = deck.ratio;
    root.style.setProperty('--slide-w', String(width));
    root.style.setProperty('--slide-h', String(height));
    title.textContent = deck.title;
    groups = groupSteps(deck.slides);
    const entries = groups.map((group) => renderItem(group, deck));
    items = entries.map((entry) => entry.target);
    list.replaceChildren(...items);
    current = -1;
    if (!first) setScale();
    lazy = createLazyWidgets(widgets, entries);
    const g = groupOf(groups, store.index);
    mark(g);
    links();
    if (first) tracker.pin(g);
    else if (store.index > 0) jump(g);
    first = false;
  };

  const offChange = store.on('change', ({ index }) => {
    const g = groupOf(groups, index);
    mark(g);
    links();
    if (!fromScroll) jump(g);
  });
  const offDeck = store.on('deck', build);
  build();
  resize.observe(list);

  return {
    element: root,
    get groups() {
      return groups;
    },
    realign() {
      setScale();
      if (tracker.pinned !== undefined) jump(tracker.pinned);
    },
    dispose() {
      offChange();
      offDeck();
      resize.disconnect();
      tracker.dispose();
      lazy?.dispose();
      root.remove();
    },
  };
}
