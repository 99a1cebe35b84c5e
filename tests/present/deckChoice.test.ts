import { describe, expect, it } from 'vitest';
import type { DeckSummary } from '../../src/model/index.ts';
import { slideNumber } from '../../src/model/index.ts';
import { chooseDeck } from '../../src/present/deckChoice.ts';

const summary = (id: string): DeckSummary => ({
  id,
  title: id,
  ratio: '4:3',
  total: slideNumber(1),
  count: 1,
});
const one = [summary('lecture5.md')];
const two = [summary('lecture5.md'), summary('lecture6.md')];

describe('chooseDeck', () => {
  it('opens the only deck at the root URL', () => {
    expect(chooseDeck('', one)).toEqual({ kind: 'open', id: 'lecture5.md' });
  });

  it('lists several decks at the root URL', () => {
    expect(chooseDeck('', two)).toEqual({ kind: 'list' });
  });

  it('opens a deck named by ?p=', () => {
    expect(chooseDeck('?p=lecture6.md', two)).toEqual({ kind: 'open', id: 'lecture6.md' });
  });

  it.each([
    'https://evil.example/x.md',
    '../package.json',
    'slides/lecture5.md',
    'lecture7.md',
    '__proto__',
    '',
  ])('refuses ?p=%s', (p) => {
    expect(chooseDeck(`?p=${encodeURIComponent(p)}`, two)).toEqual({
      kind: 'unknown',
      requested: p,
    });
  });

  it('says so when the build has no decks', () => {
    expect(chooseDeck('', [])).toEqual({ kind: 'empty' });
  });
});
