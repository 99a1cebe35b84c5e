import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedDeck } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';

const source = readFileSync(join(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');

/** The text of every ```bash block in the source, in order. */
function bashBlocks(md: string): string[] {
  return [...md.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

/** The text of every `<code class="… language-bash">` in the rendered slides. */
function renderedBashBlocks(deck: RenderedDeck): string[] {
  const out: string[] = [];
  for (const slide of deck.slides) {
    if (slide.incremental) continue;
    const tree = fromHtml(slide.html, { fragment: true });
    const visit = (node: (typeof tree.children)[number]): void => {
      if (node.type !== 'element') return;
      const classes = node.properties.className;
      if (node.tagName === 'code' && Array.isArray(classes) && classes.includes('language-bash')) {
        out.push(textOf(node));
        return;
      }
      node.children.forEach(visit);
    };
    tree.children.forEach(visit);
  }
  return out;
}

type HastNode = ReturnType<typeof fromHtml>['children'][number];

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

describe('lecture 5 through parseDeck + renderDeck', () => {
  let deck: RenderedDeck;
  beforeAll(() => {
    deck = renderDeck(parseDeck(source), { id: 'lecture5.md', fileExists: () => false });
  });

  it('renders every slide with HTML (the author’s 79 and the live ones)', () => {
    expect(deck.slides).toHaveLength(parseDeck(source).slides.length);
    expect(deck.slides.length).toBeGreaterThan(79);
    for (const slide of deck.slides) expect(slide.html.trim()).not.toBe('');
  });

  it('typesets every formula without a KaTeX error', () => {
    expect(deck.messages.filter((m) => m.rule === 'katex')).toEqual([]);
    for (const slide of deck.slides) expect(slide.html).not.toContain('math-error');
  });

  it('reports only missing figures and the missing pdf while figures/ is empty', () => {
    const rules = new Set(deck.messages.map((m) => m.rule));
    expect([...rules].sort()).toEqual(['missing-figure', 'missing-link']);
    const links = new Set(
      deck.messages.filter((m) => m.rule === 'missing-link').map((m) => m.message),
    );
    expect([...links]).toEqual(['Missing linked file: pdf/ConvNets.pdf']);
  });

  it('renders the escaped subscripts of the "1d згортка" formula as subscripts', () => {
    const slide = deck.slides.find(
      (s) => s.html.includes('1d згортка') && s.html.includes('aligned'),
    );
    expect(slide).toBeDefined();
    const display = slide!.html.match(/<div class="math math-display">[\s\S]*?<\/div>/)?.[0] ?? '';
    expect(display).toContain('<msub>');
    expect(display).toContain('<munderover>');
    expect(display).not.toContain('\\_');
  });

  it('keeps the exact text of the Keras output blocks', () => {
    const expected = bashBlocks(source);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(renderedBashBlocks(deck)).toEqual(expected);
  });

  it('keeps the heading that follows a lone <br> line (slide 2)', () => {
    expect(deck.slides[1]!.html).toMatch(/^<p><br><\/p>\n<h1>Сьогодні<\/h1>/);
  });

  it('takes the deck title from the first h1', () => {
    expect(deck.title).toBe('Нейронні мережі');
  });
});
