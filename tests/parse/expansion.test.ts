import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck, DeckMessage } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { MAX_SLIDE_TAKEN } from '../../src/parse/limits.ts';
import { renderDeck } from '../../src/render/index.ts';
import { cpuTimed } from '../support/cpuTime.ts';
import { bareSteps, stepDoublings, templateDoublings } from './hostileSources.ts';

// Templates and `--` steps copy text from the slides they build on; a few hundred bytes of
// them used to expand exponentially (or quadratically) and stop the build. What a slide may
// take is capped (src/parse/limits.ts): a slide beyond the cap shows an error, the rest of
// the deck is fine.

const timed = cpuTimed;

const errorsOf = (deck: Deck, rule: string): DeckMessage[] =>
  deck.messages.filter((m) => m.rule === rule);

describe('expansion caps', () => {
  it('twenty template doublings (1 KB) parse in well under a second', () => {
    const source = `${templateDoublings(20)}\n---\n# The end`;
    expect(source.length).toBeLessThan(1100);
    const { value: deck, ms } = timed(() => parseDeck(source));
    expect(ms).toBeLessThan(1000);
    expect(deck.slides).toHaveLength(21);
    // The early levels are whole; one slide reports the cap with its number and line.
    expect(deck.slides[3]!.content).toEqual([{ kind: 'text', text: expect.stringContaining('x') }]);
    const [error, ...more] = errorsOf(deck, 'slide-too-large');
    expect(more).toEqual([]);
    expect(error).toMatchObject({ severity: 'error', slide: expect.any(Number) });
    const capped = deck.slides[error!.slide!]!;
    expect(error!.line).toBe(capped.lines.start);
    expect(error!.message).toMatch(/256 KB.*not shown.*built on it are not shown either/);
    // That slide and the ones built on it show the error in place.
    for (const slide of deck.slides.slice(error!.slide!, 20)) {
      expect(slide.content).toEqual([expect.objectContaining({ kind: 'error' })]);
    }
    // The slide after them is untouched.
    expect(deck.slides[20]!.content).toEqual([{ kind: 'text', text: '# The end' }]);
  });

  it('twenty `--` doublings (543 bytes) parse in well under a second', () => {
    const source = stepDoublings(20);
    expect(source.length).toBeLessThanOrEqual(543);
    const { value: deck, ms } = timed(() => parseDeck(source));
    expect(ms).toBeLessThan(1000);
    expect(deck.slides).toHaveLength(21);
    expect(errorsOf(deck, 'slide-too-large')).toHaveLength(1);
    expect(deck.slides[20]!.incremental).toBe(true);
  });

  it('4,000 bare `--` lines parse fast; the steps past the deck budget show an error', () => {
    const { value: deck, ms } = timed(() => parseDeck(bareSteps(4000)));
    expect(ms).toBeLessThan(1500);
    expect(deck.slides).toHaveLength(4001);
    expect(deck.slides[100]!.content).toEqual([{ kind: 'text', text: `# t${'\n'.repeat(100)}` }]);
    const [error, ...more] = errorsOf(deck, 'deck-too-large');
    expect(more).toEqual([]);
    expect(error!.slide).toBeGreaterThan(100);
    expect(error!.message).toContain(`${4001 - error!.slide!} slides`);
    expect(deck.slides[4000]!.content).toEqual([expect.objectContaining({ kind: 'error' })]);
    // Rendering (minutes before the caps) is bounded by the 4,001 slides, not their steps.
    const rendered = timed(() => renderDeck(deck, { id: 'x.md' }));
    expect(rendered.ms).toBeLessThan(10_000);
    expect(rendered.value.slides[100]!.html).toBe('<h1>t</h1>');
  }, 30_000);

  it('a 1 MB line followed by `--` steps keeps memory and time bounded', () => {
    const heap = process.memoryUsage().heapUsed;
    const source = `${'a'.repeat(1_000_000)}\n${'--\nb\n'.repeat(2000)}`;
    const { value: deck, ms } = timed(() => parseDeck(source));
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
    expect(deck.slides).toHaveLength(2001);
    expect(errorsOf(deck, 'slide-too-large')).toHaveLength(1);
    expect(errorsOf(deck, 'slide-too-large')[0]!.slide).toBe(1);
  });

  it('caps what {{variables}} insert', () => {
    const value = 'v'.repeat(10_000);
    const source = `big: ${value}\n\n${'{{big}}'.repeat(1000)}\n---\n# fine`;
    const { value: deck, ms } = timed(() => parseDeck(source));
    expect(ms).toBeLessThan(1000);
    expect(errorsOf(deck, 'slide-too-large')).toMatchObject([{ slide: 0, line: 1 }]);
    expect(deck.slides[1]!.content).toEqual([{ kind: 'text', text: '# fine' }]);
    // Under the cap, variables are expanded as before.
    const small = parseDeck(`big: ${value}\n\n${'{{big}}'.repeat(10)}`);
    expect(small.messages).toEqual([]);
    expect(small.slides[0]!.content).toEqual([{ kind: 'text', text: `\n\n${value.repeat(10)}` }]);
  });

  it('caps inherited properties: a `--` chain adding one property per step', () => {
    const steps = Array.from({ length: 3000 }, (_, k) => `--\nkey${k}: ${'p'.repeat(200)}`);
    const { value: deck, ms } = timed(() => parseDeck(['# t', ...steps].join('\n')));
    expect(ms).toBeLessThan(2000);
    expect(errorsOf(deck, 'deck-too-large')).toHaveLength(1);
  });

  it('a template just under the cap composes; one character more is refused', () => {
    const body = (n: number) => `name: t\n\n${'y'.repeat(n)}\n---\ntemplate: t\n\nz`;
    const under = parseDeck(body(MAX_SLIDE_TAKEN - 100));
    expect(under.messages).toEqual([]);
    expect(under.slides[1]!.content[0]).toMatchObject({ kind: 'text' });
    const over = parseDeck(body(MAX_SLIDE_TAKEN));
    expect(errorsOf(over, 'slide-too-large')).toMatchObject([{ slide: 1, line: 5 }]);
  });

  it('the doubling decks render in seconds, not minutes', () => {
    for (const source of [templateDoublings(20), stepDoublings(20)]) {
      const { value: rendered, ms } = timed(() => renderDeck(parseDeck(source), { id: 'x.md' }));
      expect(ms).toBeLessThan(5000);
      expect(rendered.messages.filter((m) => m.rule === 'render-failed')).toEqual([]);
      expect(rendered.slides.at(-1)!.html).toContain('not shown');
    }
  }, 30_000);

  it('a big deck of real shape (layout, 120 slides, 40 of them in 5 steps) is far below', () => {
    const layout = `layout: true\nclass: middle\n\n.footer[${'Course name · '.repeat(30)}]\n\n{{content}}`;
    const paragraph =
      'A line of lecture text with $x_i$ and **emphasis**, about sixty chars. '.repeat(4);
    const slides = Array.from({ length: 120 }, (_, k) =>
      k % 3 === 0
        ? [`# Slide ${k}`, ...Array.from({ length: 4 }, () => `--\n\n${paragraph}`)].join('\n')
        : `# Slide ${k}\n\n${paragraph}\n\n.left[${paragraph}]`,
    );
    const { value: deck, ms } = timed(() => parseDeck([layout, ...slides].join('\n---\n')));
    expect(ms).toBeLessThan(500);
    expect(deck.slides).toHaveLength(120 + 40 * 4);
    expect(deck.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('lecture 5 stays far below the caps (no slide loses content)', () => {
    const lecture = readFileSync(join(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');
    const deck = parseDeck(lecture);
    const rules = new Set(deck.messages.map((m) => m.rule));
    for (const rule of [
      'slide-too-large',
      'deck-too-large',
      'class-too-deep',
      'too-many-classes',
    ]) {
      expect(rules.has(rule)).toBe(false);
    }
  });
});
