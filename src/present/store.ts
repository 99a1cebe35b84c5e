import type { RenderedDeck, SlideIndex } from '../model/index.ts';
import { slideIndex } from '../model/index.ts';
import { createEmitter, type Listener } from './emitter.ts';
import type { Navigator } from './navigator.ts';

export interface StoreEvents {
  /** The current slide changed (also emitted after a deck replacement moved it). */
  readonly change: { readonly index: SlideIndex; readonly previous: SlideIndex };
  /** The deck was replaced (dev-mode re-render); the index is kept when still valid. */
  readonly deck: { readonly deck: RenderedDeck; readonly index: SlideIndex };
}

/** The only mutable navigation state: which deck and which slide. */
export interface Store extends Navigator {
  readonly deck: RenderedDeck;
  replaceDeck(deck: RenderedDeck): void;
  on<K extends keyof StoreEvents>(type: K, listener: Listener<StoreEvents[K]>): () => void;
  dispose(): void;
}

const clamp = (n: number, count: number): SlideIndex =>
  slideIndex(Math.max(0, Math.min(count - 1, Math.trunc(n))));

export function createStore(initialDeck: RenderedDeck, start: SlideIndex = slideIndex(0)): Store {
  const events = createEmitter<StoreEvents>();
  let deck = initialDeck;
  let index = clamp(start, deck.slides.length);

  const goTo = (target: number): void => {
    if (deck.slides.length === 0) return;
    const next = clamp(target, deck.slides.length);
    if (next === index) return;
    const previous = index;
    index = next;
    events.emit('change', { index, previous });
  };

  return {
    get deck() {
      return deck;
    },
    get index() {
      return index;
    },
    get count() {
      return deck.slides.length;
    },
    goTo,
    next: () => goTo(index + 1),
    previous: () => goTo(index - 1),
    first: () => goTo(0),
    last: () => goTo(deck.slides.length - 1),
    replaceDeck(nextDeck) {
      const previous = index;
      deck = nextDeck;
      index = clamp(index, deck.slides.length);
      events.emit('deck', { deck, index });
      if (index !== previous) events.emit('change', { index, previous });
    },
    on: (type, listener) => events.on(type, listener),
    dispose() {
      events.clear();
    },
  };
}
