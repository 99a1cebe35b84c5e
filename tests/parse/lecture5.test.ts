import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { Content, ContentNode } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';

/**
 * The lecture exactly as its author wrote it for remark.js (read-only reference material next
 * to the project, as on the CI machine): the parser's numbers are checked on that text. Our
 * slides/lecture5.md keeps every line of it and adds the live-widget slides and cells.
 */
const AUTHOR_COPY = join(import.meta.dirname, '../../../shared/slides/lecture5.md');
const ours = readFileSync(join(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');
const source = existsSync(AUTHOR_COPY) ? readFileSync(AUTHOR_COPY, 'utf8') : undefined;
const deck = parseDeck(source ?? '');

function* walk(content: Content): Generator<ContentNode> {
  for (const node of content) {
    yield node;
    if (node.kind === 'class') yield* walk(node.children);
  }
}
const allNodes = deck.slides.flatMap((s) => [...walk(s.content), ...walk(s.notes)]);

/** Image names differ only by extension: generated SVGs replace the author's PNG/JPG/GIF. */
const sameImage = (line: string): string =>
  line.replace(/(figures\/lec\d\/[\w.-]+?)\.(?:png|jpe?g|gif|svg)\b/g, '$1.img');

describe('slides/lecture5.md', () => {
  it('parses without messages, with more slides than the author wrote (the live ones)', () => {
    const ourDeck = parseDeck(ours);
    expect(ourDeck.messages).toEqual([]);
    expect(ourDeck.slides.length).toBeGreaterThan(79);
  });

  it.runIf(source !== undefined)("keeps every line of the author's text, in order", () => {
    const theirs = (source ?? '').split('\n').map(sameImage);
    const mine = ours.split('\n').map(sameImage);
    let at = 0;
    const lost: string[] = [];
    for (const line of theirs) {
      const found = mine.indexOf(line, at);
      if (found === -1) lost.push(line);
      else at = found + 1;
    }
    expect(lost).toEqual([]);
  });
});

// Without ../shared (a clone elsewhere) there is no author's copy to check against.
describe.runIf(source !== undefined)('lecture 5 as the author wrote it', () => {
  it('has 79 shown slides, four of them count: false', () => {
    expect(deck.slides).toHaveLength(79);
    expect(deck.slides.map((s) => s.number).filter((n, i, all) => n === all[i - 1])).toHaveLength(
      4,
    );
  });

  it('numbers count: false slides like the previous one and totals 75', () => {
    const numbers = deck.slides.map((s) => s.number);
    expect(numbers.slice(0, 4)).toEqual([1, 2, 2, 3]);
    expect(numbers[numbers.length - 1]).toBe(75);
    expect(deck.total).toBe(75);
  });

  it('parses without messages, with the default ratio and no link definitions', () => {
    expect(deck.messages).toEqual([]);
    expect(deck.ratio).toBe('4:3');
    expect(deck.links).toEqual({});
  });

  it('reads the classes of the first slides', () => {
    expect(deck.slides[0]!.classes).toEqual(['middle', 'center', 'title-slide']);
    expect(deck.slides[1]!.classes).toEqual(['black-slide']);
    expect(deck.slides[1]!.properties['background-size']).toBe('cover');
  });

  it('gives the 1d convolution formula valid TeX with real subscripts', () => {
    const slide = deck.slides.find((s) =>
      [...walk(s.content)].some((n) => n.kind === 'math' && n.tex.includes('aligned')),
    )!;
    const formula = [...walk(slide.content)].find((n) => n.kind === 'math' && n.display);
    expect(formula).toEqual({
      kind: 'math',
      display: true,
      line: 922,
      tex:
        '\\begin{aligned}\n(\\mathbf{x} \\circledast \\mathbf{u})[i] &= \\sum_{m=0}^{w-1} ' +
        '\\mathbf{x}_{m+i}  \\mathbf{u}_m .\n\\end{aligned}\n',
    });
  });

  it('leaves no marked escape in any formula', () => {
    const tex = allNodes.flatMap((n) => (n.kind === 'math' ? [n.tex] : []));
    expect(tex.length).toBeGreaterThan(30);
    expect(tex.filter((t) => /\\[_*{}[\]#+\-.!>`]/.test(t))).toEqual([]);
  });

  it('gives KaTeX valid TeX for every formula', () => {
    const failures: string[] = [];
    for (const node of allNodes) {
      if (node.kind !== 'math') continue;
      try {
        katex.renderToString(node.tex, {
          displayMode: node.display,
          throwOnError: true,
          strict: 'ignore',
        });
      } catch (error) {
        failures.push(`line ${node.line}: ${error instanceof Error ? error.message : error}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps the commented-out formula inside its HTML comment', () => {
    const boxed = allNodes.filter((n) => n.kind === 'math' && n.tex.includes('\\boxed{O'));
    expect(boxed).toHaveLength(1);
    expect(boxed[0]).toMatchObject({ line: 1085 });
  });

  it('records line ranges in source order without overlap', () => {
    let previousEnd = 0;
    for (const slide of deck.slides) {
      expect(slide.lines.start).toBeGreaterThan(previousEnd);
      expect(slide.lines.end).toBeGreaterThanOrEqual(slide.lines.start);
      previousEnd = slide.lines.end;
    }
    expect(deck.slides[0]!.lines.start).toBe(1);
  });

  it('makes multi-line content classes blocks and one-line ones spans', () => {
    const classes = allNodes.filter((n) => n.kind === 'class');
    const footnotes = classes.filter((n) => n.classes.includes('footnote'));
    expect(footnotes.length).toBeGreaterThan(10);
    expect(footnotes.every((n) => !n.block)).toBe(true);
    const summary = classes.find((n) => n.classes.join('.') === 'smaller-x' && n.block);
    expect(summary).toBeDefined();
  });

  it('keeps fenced code verbatim, brackets and all', () => {
    const text = deck.slides.map((s) =>
      s.content.map((n) => (n.kind === 'text' ? n.text : '')).join(''),
    );
    expect(text.join('\n')).toContain('array([5, 0, 4, ..., 5, 6, 8], dtype=uint8)');
  });
});
