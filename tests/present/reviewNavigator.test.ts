import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slideIndex } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { createStore } from '../../src/present/store.ts';
import { createReviewNavigator } from '../../src/present/views/review/reviewNavigator.ts';
import { groupSteps } from '../../src/present/views/review/steps.ts';
import { renderDeck } from '../../src/render/index.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/present/steps-deck.md');
const deck = renderDeck(parseDeck(readFileSync(FIXTURE, 'utf8')), { id: 'steps-deck.md' });

describe('review navigator', () => {
  const setup = (start = 0) => {
    const store = createStore(deck, slideIndex(start));
    const groups = groupSteps(deck.slides);
    return { store, nav: createReviewNavigator(store, () => groups) };
  };

  it('moves entry by entry, landing on the last step of a `--` group', () => {
    const { store, nav } = setup();
    const seen: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      nav.next();
      seen.push(store.index);
    }
    expect(seen).toEqual([3, 4, 5, 5, 5]);
    nav.previous();
    expect(store.index).toBe(4);
    nav.previous();
    expect(store.index).toBe(3);
    nav.previous();
    expect(store.index).toBe(0);
    nav.previous();
    expect(store.index).toBe(0);
  });

  it('leaves an intermediate step (from a `#N` link) for the neighbouring entries', () => {
    const { store, nav } = setup(2);
    expect(store.index).toBe(2);
    nav.next();
    expect(store.index).toBe(4);
    const again = setup(2);
    again.nav.previous();
    expect(again.store.index).toBe(0);
  });

  it('goes to the group of any position, and to the first and last entries', () => {
    const { store, nav } = setup();
    nav.goTo(slideIndex(1));
    expect(store.index).toBe(3);
    nav.last();
    expect(store.index).toBe(5);
    nav.first();
    expect(store.index).toBe(0);
    expect(nav.count).toBe(6);
  });
});
