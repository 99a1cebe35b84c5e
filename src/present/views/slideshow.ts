import type { WidgetHost } from '../../widgets/host.ts';
import { createSlideLifecycle } from '../lifecycle.ts';
import type { MainViewFactory } from '../mode.ts';
import { createScaler } from '../scale.ts';
import type { Store } from '../store.ts';
import { createSlideView, type SlideView } from './slide.ts';
import { SLIDE_SIZE } from './slideDom.ts';

export interface SlideshowView {
  readonly viewport: HTMLElement;
  dispose(): void;
}

/** The current slide plus its two neighbours, rendered ahead and kept hidden. */
const POOL_SIZE = 3;

export interface SlideshowOptions {
  /**
   * When a shown slide's widgets mount (and the next slide's prefetch): `shown` (after the
   * first paint) in the lecturer's window; `settled` in the audience window: while the
   * lecturer flips through slides, the projector shows each one at once and starts nothing
   * until the lecturer stops. Iframes always wait for `settled` (see ../lifecycle.ts).
   */
  readonly mountWidgets?: 'shown' | 'settled';
}

/**
 * One slide at a time, scaled to the window; follows the store. The neighbours of the
 * current slide are rendered and laid out in idle time after the slide is painted, so the
 * next key press only swaps which box is visible. When things happen is ../lifecycle.ts's.
 */
export function createSlideshowView(
  parent: HTMLElement,
  store: Store,
  widgets: WidgetHost,
  options: SlideshowOptions = {},
): SlideshowView {
  const mountWidgets = options.mountWidgets ?? 'shown';
  const doc = parent.ownerDocument;
  const win = doc.defaultView;
  if (win === null) throw new Error('slideshow needs a document with a window');
  const lifecycle = createSlideLifecycle({ window: win });
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

  /** A box for a new slide: a fresh one while the pool is small, else one not in `keep`. */
  const spare = (keep: readonly number[]): SlideView => {
    if (pool.length < POOL_SIZE) {
      const view = createSlideView(doc);
      view.deactivate();
      frame.append(view.element);
      pool.push(view);
      return view;
    }
    const free = pool.find((v) => v !== current && !keep.includes(v.index));
    return free ?? pool.find((v) => v !== current) ?? (pool[0] as SlideView);
  };

  /** In idle time: the shown slide (and the first load's fonts) never wait for it. */
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
        lifecycle.layOut(view.element);
      }
    }
    for (const neighbour of [index + 1, index - 1]) {
      const slide = deck.slides[neighbour];
      if (slide === undefined || pool.some((v) => v.index === neighbour)) continue;
      const view = spare(keep);
      view.render(slide, deck);
      lifecycle.layOut(view.element); // now, not during the next key press
    }
  };

  /** The shown slide's widgets mount; the next slide's may start loading tfjs, data, models. */
  const mount = (view: SlideView): void => {
    const refs = store.deck.slides[view.index]?.widgets ?? [];
    if (refs.length > 0) withWidgets = view;
    widgets.show(view.element, refs);
    widgets.prefetch(store.deck.slides[view.index + 1]?.widgets ?? []);
  };

  const show = (): void => {
    const deck = store.deck;
    const slide = deck.slides[store.index];
    if (slide === undefined) {
      lifecycle.leave();
      return;
    }
    frame.dataset.ratio = deck.ratio;
    let view = pool.find((v) => v.index === slide.index);
    if (view === undefined) {
      view = spare([slide.index]);
      view.render(slide, deck);
    }
    const shown = view;
    // Ends the previous visit first (its `left` parks that box while it is still current).
    lifecycle.enter({
      // The slide being left with live widgets is parked (out of layout) and its widgets
      // unmount after the next paint: this key press neither restyles the hidden widget
      // elements (hiding is an inherited style change) nor lays out the placeholders they
      // give back.
      left: () => {
        if (withWidgets === shown && store.deck.slides[store.index]?.index !== shown.index) {
          shown.park();
        }
      },
      parked: () => {
        widgets.hide();
        withWidgets = undefined;
        // Iframes back into their slots: a video stops right after its slide is left.
        if (shown !== current) shown.unmountEmbeds();
      },
      shown: () => {
        if (mountWidgets === 'shown') mount(shown);
      },
      idle: prepare,
      settled: () => {
        shown.mountEmbeds();
        if (mountWidgets === 'settled') mount(shown);
      },
    });
    if (current !== view) current?.deactivate();
    current = view;
    view.activate();
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
      lifecycle.dispose();
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
    mountWidgets: mode === 'audience' ? 'settled' : 'shown',
  });
