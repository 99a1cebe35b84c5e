import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { MAX_CLASS_DEPTH, MAX_DECK_CLASSES, MAX_SLIDE_CLASSES } from '../../src/parse/limits.ts';
import { renderDeck } from '../../src/render/index.ts';
import { cpuNowMs } from '../support/cpuTime.ts';
import { serialize } from './describeDeck.ts';
import { nestedClasses, siblingClasses } from './hostileSources.ts';

// Each content class is rendered as a markdown fragment of its own, recursively: depth and
// count are capped (src/parse/limits.ts); the classes beyond stay plain text, with a warning.

function depthOf(content: Content): number {
  let max = 0;
  for (const node of content) {
    if (node.kind === 'class') max = Math.max(max, 1 + depthOf(node.children));
  }
  return max;
}

function classCount(content: Content): number {
  let n = 0;
  for (const node of content) if (node.kind === 'class') n += 1 + classCount(node.children);
  return n;
}

describe('content class limits', () => {
  it(`keeps ${MAX_CLASS_DEPTH} levels; deeper ones stay text, with one warning`, () => {
    const deck = parseDeck(nestedClasses(2000));
    const content = deck.slides[0]!.content;
    expect(depthOf(content)).toBe(MAX_CLASS_DEPTH);
    const text = serialize(content);
    expect(text).toContain(
      `${'.a['.repeat(2000 - MAX_CLASS_DEPTH)}x${']'.repeat(2000 - MAX_CLASS_DEPTH)}`,
    );
    expect(deck.messages).toMatchObject([
      { severity: 'warning', rule: 'class-too-deep', slide: 0, line: 1 },
    ]);
  });

  it('renders 2,000 nested classes without a stack overflow or a runaway (hang guard, not a speed target)', () => {
    renderDeck(parseDeck('warm-up'), { id: 'x.md' });
    for (const block of [false, true]) {
      const start = cpuNowMs();
      const rendered = renderDeck(parseDeck(nestedClasses(2000, block)), { id: 'x.md' });
      // ~0.2–0.6 s on this machine; a quadratic walk took minutes. Generous: files run two at a
      // time on a shared 2-core machine.
      expect(cpuNowMs() - start).toBeLessThan(10_000);
      expect(rendered.messages.map((m) => m.rule)).not.toContain('render-failed');
      expect(rendered.slides[0]!.html).toContain('class="a"');
      expect(rendered.slides[0]!.html).toContain('x');
    }
  });

  it('a depth within the cap is untouched', () => {
    const deck = parseDeck(nestedClasses(MAX_CLASS_DEPTH));
    expect(deck.messages).toEqual([]);
    expect(depthOf(deck.slides[0]!.content)).toBe(MAX_CLASS_DEPTH);
  });

  it('counts nesting through macros', () => {
    const deck = parseDeck(
      `${'.a['.repeat(MAX_CLASS_DEPTH - 1)}![:wrap]${']'.repeat(MAX_CLASS_DEPTH - 1)}`,
      {
        macros: { wrap: () => '.b[.c[y]]' },
      },
    );
    expect(depthOf(deck.slides[0]!.content)).toBe(MAX_CLASS_DEPTH);
    expect(deck.messages.map((m) => m.rule)).toEqual(['class-too-deep']);
  });

  it(`keeps ${MAX_SLIDE_CLASSES} classes per slide and ${MAX_DECK_CLASSES} per deck`, () => {
    const one = parseDeck(siblingClasses(MAX_SLIDE_CLASSES + 10));
    expect(classCount(one.slides[0]!.content)).toBe(MAX_SLIDE_CLASSES);
    expect(one.messages).toMatchObject([{ rule: 'too-many-classes', slide: 0 }]);

    const slides = Math.ceil(MAX_DECK_CLASSES / 400) + 2;
    const many = parseDeck(
      Array.from({ length: slides }, () => siblingClasses(400)).join('\n---\n'),
    );
    const counts = many.slides.map((s) => classCount(s.content));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(MAX_DECK_CLASSES);
    expect(counts[0]).toBe(400);
    expect(counts.at(-1)).toBe(0);
    expect(many.messages.filter((m) => m.rule === 'too-many-classes')).toMatchObject([
      { slide: Math.floor(MAX_DECK_CLASSES / 400), message: expect.stringContaining('deck') },
    ]);
  });

  it('renders thousands of sibling classes in seconds', () => {
    const start = cpuNowMs();
    const rendered = renderDeck(parseDeck(siblingClasses(5000, true)), { id: 'x.md' });
    expect(cpuNowMs() - start).toBeLessThan(5000);
    expect(rendered.slides[0]!.html).toContain('class="a"');
  });
});
