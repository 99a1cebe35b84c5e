import type { WidgetHost } from '../../widgets/host.ts';
import type { MainViewFactory } from '../mode.ts';
import { createScaler } from '../scale.ts';
import type { Store } from '../store.ts';
import { afterPaint } from './afterPaint.ts';
import { createSlideView, SLIDE_SIZE, type SlideView } from './slide.ts';

export interface SlideshowView {
  readonly viewport: HTMLElement;
  dispose(): void;
}

/** The current slide plus its two neighbours, rendered ahead and kept hidden. */
const POOL_SIZE = 3;

/**
 * One slide at a time, scaled to the window; follows the store. The neighbours of the
 * current slide are rendered and laid out after the slide is painted, so the next key press
 * only swaps which box is visible.
 */
export interface SlideshowOptions {
  /**
   * How long a slide must stay shown (after its first paint) before its widgets mount and the
   * next slide's widgets prefetch. The audience window waits (AUDIENCE_SETTLE_MS): while
   * the lecturer flips through slides, the projector shows each one at once and starts
   * nothing until the lecturer stops.
   */
  readonly mountDelayMs?: number;
}

/** The audience window's wait before a shown slide's widgets mount. */
export const AUDIENCE_SETTLE_MS = 300;

/**
 * How long a slide must stay shown before its iframes load, in every window: an embedded
 * video starts a browser process of its own and megabytes of player code, which flipping
 * past it should not cost (on 2 cores it stalls both windows). Nobody presses play sooner.
 */
export const EMBED_SETTLE_MS = 300;

export function createSlideshowView(
  parent: HTMLElement,
  store: Store,
  widgets: WidgetHost,
  options: SlideshowOptions = {},
): SlideshowView {
  const mountDelayMs = options.mountDelayMs ?? 0;
  const doc = parent.ownerDocument;
  const win = doc.defaultView;
  if (win === null) throw new Error('slideshow needs a document with a window');
  const viewport = doc.createElement('div');
  viewport.className = 'deck-viewport';
  const frame = doc.createElement('div');
  frame.className = 'slide-frame';
  viewport.append(frame);
  parent.append(viewport);

  const scaler = createScaler(frame, win, SLIDE_SIZE[store.deck.ratio]);
  const pool: SlideView[] = [];
  let current: SlideView | undefined;
  /** The box whose widgets `widgets.show` mounted last (until they are hidden). */
  let withWidgets: SlideView | undefined;
  let cancelAfterPaint = (): void => {};
  let prepareTimer: number | undefined;
  let idleRequest: number | undefined;
  let mountTimer: number | undefined;

  const cancelPrepare = (): void => {
    cancelAfterPaint();
    cancelAfterPaint = () => {};
    if (mountTimer !== undefined) win.clearTimeout(mountTimer);
    mountTimer = undefined;
    if (prepareTimer !== undefined) win.clearTimeout(prepareTimer);
    if (idleRequest !== undefined) win.cancelIdleCallback(idleRequest);
    prepareTimer = undefined;
    idleRequest = undefined;
  };

  /** A box for a new slide: a fresh one while the pool is small, else one not in `keep`. */
  const spare = (keep: readonly number[]): SlideView => {
    if (pool.length < POOL_SIZE) {
      const view = createSlideView(doc, { embedDelayMs: EMBED_SETTLE_MS });
      view.deactivate();
      frame.append(view.element);
      pool.push(view);
      return view;
    }
    const free = pool.find((v) => v !== current && !keep.includes(v.index));
    return free ?? pool.find((v) => v !== current) ?? (pool[0] as SlideView);
  };

  const prepare = (): void => {
    const deck = store.deck;
    const index = store.index;
    const keep = [index, index + 1, index - 1];
    for (const view of pool) {
      // A slide left with live media: re-render it so iframes/videos stop for good.
      const slide = deck.slides[view.index];
      if (view !== current && view.hasMedia && slide) view.render(slide, deck);
      // A slide left with widgets was parked: lay it out again now, while nothing waits.
      if (view.parked && keep.includes(view.index)) {
        view.unpark();
        void view.element.offsetHeight;
      }
    }
    for (const neighbour of [index + 1, index - 1]) {
      const slide = deck.slides[neighbour];
      if (slide === undefined || pool.some((v) => v.index === neighbour)) continue;
      const view = spare(keep);
      view.render(slide, deck);
      void view.element.offsetHeight; // lay it out now, not during the next key press
    }
  };

  /** When the page is idle: the shown slide (and the first load's fonts) never wait for it. */
  const schedulePrepare = (): void => {
    if (typeof win.requestIdleCallback === 'function') {
      idleRequest = win.requestIdleCallback(
        () => {
          idleRequest = undefined;
          prepare();
        },
        { timeout: 50 },
      );
    } else {
      prepareTimer = win.setTimeout(() => {
        prepareTimer = undefined;
        prepare();
      }, 0);
    }
  };

  /**
   * The shown slide's widgets mount, and the next slide's may start loading tfjs, data or
   * models (after the first paint, and after `mountDelayMs` more).
   */
  const settle = (view: SlideView): void => {
    const refs = store.deck.slides[view.index]?.widgets ?? [];
    if (refs.length > 0) withWidgets = view;
    widgets.show(view.element, refs);
    widgets.prefetch(store.deck.slides[view.index + 1]?.widgets ?? []);
  };

  const show = (): void => {
    cancelPrepare();
    const deck = store.deck;
    const slide = deck.slides[store.index];
    // The slide being left with live widgets is parked (out of layout) and its widgets unmount
    // after the next paint: this key press neither restyles the hidden widget elements (hiding
    // is an inherited style change) nor lays out the placeholders they give back.
    if (withWidgets !== undefined && withWidgets.index !== slide?.index) withWidgets.park();
    if (slide === undefined) {
      widgets.hide();
      withWidgets = undefined;
      return;
    }
    frame.dataset.ratio = deck.ratio;
    let view = pool.find((v) => v.index === slide.index);
    if (view === undefined) {
      view = spare([slide.index]);
      view.render(slide, deck);
    }
    if (current !== view) current?.deactivate();
    current = view;
    view.activate();
    // The slide paints first (with its figure where a widget will stand); then the left
    // slide's widgets unmount and this one's mount; then the neighbours are prepared.
    const shown = view;
    cancelAfterPaint = afterPaint(win, () => {
      cancelAfterPaint = () => {};
      widgets.hide();
      withWidgets = undefined;
      if (mountDelayMs > 0) {
        // The neighbours are prepared meanwhile: the next move stays a swap of boxes.
        mountTimer = win.setTimeout(() => {
          mountTimer = undefined;
          settle(shown);
        }, mountDelayMs);
      } else settle(shown);
      schedulePrepare();
    });
  };

  const offChange = store.on('change', show);
  const offDeck = store.on('deck', ({ deck }) => {
    scaler.setSize(SLIDE_SIZE[deck.ratio]);
    for (const view of pool) view.clear();
    show();
  });
  show();

  return {
    viewport,
    dispose() {
      cancelPrepare();
      offChange();
      offDeck();
      widgets.hide();
      scaler.dispose();
      for (const view of pool.splice(0)) view.dispose();
      viewport.remove();
    },
  };
}

/** The slideshow as a main view (slideshow and audience modes). */
export const slideshowMainView: MainViewFactory = (parent, { store, widgets, mode }) =>
  createSlideshowView(parent, store, widgets, {
    mountDelayMs: mode === 'audience' ? AUDIENCE_SETTLE_MS : 0,
  });
