import { describe, expect, it } from 'vitest';
import type { DeckSummary } from '../../src/model/index.ts';
import { slideNumber } from '../../src/model/index.ts';
import { chooseDeck, displayRequested } from '../../src/present/deckChoice.ts';

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

  it.each([
    ['%2e%2e%2fpackage.json', '../package.json'],
    ['%252e%252e%252f', '%2e%2e%2f'],
    ['lecture5.md%2f..%2f..%2fetc', 'lecture5.md/../../etc'],
    ['lecture5.md%00', 'lecture5.md\uFFFD'],
    ['LECTURE5.md', 'LECTURE5.md'],
    ['%20lecture5.md', ' lecture5.md'],
    ['lecture5.md%23x', 'lecture5.md#x'],
    ['%2Fslides%2Flecture5.md', '/slides/lecture5.md'],
    ['..%5Clecture5.md', '..\\lecture5.md'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['constructor', 'constructor'],
  ])('refuses the encoded or disguised value ?p=%s', (raw, shown) => {
    expect(chooseDeck(`?p=${raw}`, two)).toEqual({ kind: 'unknown', requested: shown });
  });

  it('refuses two different ?p= values but accepts a repeated one', () => {
    expect(chooseDeck('?p=lecture5.md&p=..%2Fx', two)).toEqual({
      kind: 'unknown',
      requested: 'lecture5.md, ../x',
    });
    expect(chooseDeck('?p=lecture6.md&p=lecture6.md', two)).toEqual({
      kind: 'open',
      id: 'lecture6.md',
    });
  });

  it('ignores other parameters', () => {
    expect(chooseDeck('?mode=review&p=lecture6.md', two)).toEqual({
      kind: 'open',
      id: 'lecture6.md',
    });
    expect(chooseDeck('?mode=review', two)).toEqual({ kind: 'list' });
  });

  it('never opens a manifest entry that is not a plain file name', () => {
    const odd = [summary('../secret.md'), summary('lecture5.md')];
    expect(chooseDeck('?p=..%2Fsecret.md', odd).kind).toBe('unknown');
  });

  it('says so when the build has no decks', () => {
    expect(chooseDeck('', [])).toEqual({ kind: 'empty' });
  });
});

describe('displayRequested', () => {
  it('keeps plain values', () => {
    expect(displayRequested('lecture7.md')).toBe('lecture7.md');
  });

  it('replaces control and bidi-override characters', () => {
    expect(displayRequested('a\u202Edm.5erutcel\n')).toBe('a\uFFFDdm.5erutcel\uFFFD');
  });

  it('shortens long values to 80 characters', () => {
    const shown = displayRequested('x'.repeat(500));
    expect(Array.from(shown)).toHaveLength(80);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('deck ids beyond ASCII (one rule with the build)', () => {
  const decks = [summary('Лекція 5.md'), summary("об'єкти.md")];
  it('opens a deck whose name has Cyrillic letters, a space or an apostrophe', () => {
    const search = (id: string) => `?${new URLSearchParams({ p: id })}`;
    expect(chooseDeck(search('Лекція 5.md'), decks)).toEqual({ kind: 'open', id: 'Лекція 5.md' });
    expect(chooseDeck(search("об'єкти.md"), decks)).toEqual({ kind: 'open', id: "об'єкти.md" });
  });
  it('still refuses paths and names the build would not serve', () => {
    for (const p of ['../Лекція 5.md', 'Лекція 5.md/', ' Лекція 5.md', 'Лекція%205.md']) {
      expect(chooseDeck(`?${new URLSearchParams({ p })}`, decks).kind).toBe('unknown');
    }
  });
});
