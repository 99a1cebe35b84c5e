import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/index.ts';

describe('parseDeck', () => {
  it('lets an option macro replace the built-in scale', () => {
    const deck = parseDeck('![:scale 10%](a.png)', { macros: { scale: (args) => `S${args[0]}` } });
    expect(deck.slides[0]!.content).toEqual([{ kind: 'text', text: 'S10%' }]);
  });

  it('keeps built-in macros when options add others', () => {
    const deck = parseDeck('![:scale 30%](b.png) ![:hi]', { macros: { hi: () => 'hello' } });
    expect(deck.slides[0]!.content).toEqual([
      { kind: 'text', text: '<img src="b.png" style="width: 30%" /> hello' },
    ]);
  });

  it('escapes quotes in the scale macro attributes', () => {
    const deck = parseDeck('![:scale 5"](a".png)');
    expect(deck.slides[0]!.content).toEqual([
      { kind: 'text', text: '<img src="a&quot;.png" style="width: 5&quot;" />' },
    ]);
  });

  it('does not throw on control characters, lone surrogates and NUL bytes', () => {
    const deck = parseDeck('\u0000.a[\ud800$\u0007\n---\n\udfff]');
    expect(deck.slides.length).toBeGreaterThanOrEqual(1);
  });

  it('returns one empty slide for whitespace only', () => {
    const deck = parseDeck('\n   \n\t\n');
    expect(deck.slides).toHaveLength(1);
    expect(deck.total).toBe(1);
  });

  it('reads a lone CR as a line break', () => {
    expect(parseDeck('one\r---\rtwo').slides).toHaveLength(2);
  });

  it('takes the ratio from the first layout when the first slide has none', () => {
    expect(parseDeck('layout: true\nratio: 16:9\n\nL\n---\nA').ratio).toBe('16:9');
  });

  it('warns about an unsupported ratio and falls back to 4:3', () => {
    const deck = parseDeck('ratio: 3:2\n\nA');
    expect(deck.ratio).toBe('4:3');
    expect(deck.messages.map((m) => m.rule)).toEqual(['invalid-ratio']);
  });

  it('reports a problem of an incremental prefix once, on its first slide', () => {
    const deck = parseDeck('.red[open\n--\nmore\n--\nend');
    const unclosed = deck.messages.filter((m) => m.rule === 'unclosed-class');
    expect(unclosed).toEqual([expect.objectContaining({ slide: 0, line: 1 })]);
  });

  it('gives a message without slide for problems on a layout', () => {
    const deck = parseDeck('layout: true\ncolour: red\n\nL\n---\nA');
    expect(deck.messages).toEqual([expect.objectContaining({ rule: 'unknown-property', line: 2 })]);
    expect(deck.messages[0]!.slide).toBeUndefined();
  });

  it('does not warn about a template variable used by a later slide', () => {
    const deck = parseDeck('name: t\nlayout: true\n\n{{who}}\n---\nwho: me\n\nX');
    expect(deck.messages).toEqual([]);
    const [node] = deck.slides[0]!.content;
    expect(node?.kind === 'text' && node.text.trim().split(/\n+/)).toEqual(['me', 'X']);
  });
});
