import { describe, expect, it } from 'vitest';
import { slideIndex } from '../../src/model/index.ts';
import { createStore } from '../../src/present/store.ts';
import { deckOf } from './fixtures.ts';

describe('store', () => {
  it('moves forward and back and stops at the ends', () => {
    const store = createStore(deckOf(3));
    store.previous();
    expect(store.index).toBe(0);
    store.next();
    store.next();
    store.next();
    expect(store.index).toBe(2);
    store.first();
    expect(store.index).toBe(0);
    store.last();
    expect(store.index).toBe(2);
  });

  it('emits change with the previous index, and nothing when the slide stays', () => {
    const store = createStore(deckOf(5));
    const seen: [number, number][] = [];
    store.on('change', ({ index, previous }) => seen.push([index, previous]));
    store.goTo(slideIndex(3));
    store.goTo(slideIndex(3));
    store.previous();
    expect(seen).toEqual([
      [3, 0],
      [2, 3],
    ]);
  });

  it('clamps out-of-range targets', () => {
    const store = createStore(deckOf(4), slideIndex(99));
    expect(store.index).toBe(3);
    store.goTo(slideIndex(-5));
    expect(store.index).toBe(0);
  });

  it('keeps the slide when the deck is replaced, clamping if the deck shrank', () => {
    const store = createStore(deckOf(10), slideIndex(4));
    const events: string[] = [];
    store.on('deck', () => events.push('deck'));
    store.on('change', () => events.push('change'));
    store.replaceDeck(deckOf(8));
    expect(store.index).toBe(4);
    store.replaceDeck(deckOf(2));
    expect(store.index).toBe(1);
    expect(events).toEqual(['deck', 'deck', 'change']);
  });

  it('stops notifying after unsubscribe and dispose', () => {
    const store = createStore(deckOf(5));
    let calls = 0;
    const off = store.on('change', () => {
      calls += 1;
    });
    store.next();
    off();
    store.next();
    store.on('change', () => {
      calls += 1;
    });
    store.dispose();
    store.next();
    expect(calls).toBe(1);
  });
});
