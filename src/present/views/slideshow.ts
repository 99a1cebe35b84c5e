import type { WidgetHost } from '../../widgets/host.ts';
import { createScaler } from '../scale.ts';
import type { Store } from '../store.ts';
import { createSlideView, SLIDE_SIZE } from './slide.ts';

export interface SlideshowView {
  readonly viewport: HTMLElement;
  dispose(): void;
}

/** One slide at a time, scaled to the window; follows the store. */
export function createSlideshowView(
  parent: HTMLElement,
  store: Store,
  widgets: WidgetHost,
): SlideshowView {
  const doc = parent.ownerDocument;
  const win = doc.defaultView;
  if (win === null) throw new Error('slideshow needs a document with a window');
  const viewport = doc.createElement('div');
  viewport.className = 'deck-viewport';
  const frame = doc.createElement('div');
  frame.className = 'slide-frame';
  const slide = createSlideView(doc);
  frame.append(slide.element);
  viewport.append(frame);
  parent.append(viewport);

  const scaler = createScaler(frame, win, SLIDE_SIZE[store.deck.ratio]);

  const render = (): void => {
    const current = store.deck.slides[store.index];
    widgets.hide();
    if (current === undefined) return;
    frame.dataset.ratio = store.deck.ratio;
    slide.show(current, store.deck);
    widgets.show(slide.element, current.widgets);
  };

  const offChange = store.on('change', render);
  const offDeck = store.on('deck', ({ deck }) => {
    scaler.setSize(SLIDE_SIZE[deck.ratio]);
    render();
  });
  render();

  return {
    viewport,
    dispose() {
      offChange();
      offDeck();
      widgets.hide();
      scaler.dispose();
      slide.dispose();
      viewport.remove();
    },
  };
}
