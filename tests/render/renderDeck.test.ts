import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../src/render/index.ts';
import { cls, deckOf, math, text } from './deckOf.ts';

const render = (...args: Parameters<typeof deckOf>) =>
  renderDeck(deckOf(...args), { id: 'test.md', fileExists: (p) => p.startsWith('figures/ok') });

describe('renderDeck on hand-built content', () => {
  it('renders markdown with inline math as a KaTeX span inside the paragraph', () => {
    const deck = render([{ content: [text('Let '), math('x_{i}'), text(' be *it*.')] }]);
    const html = deck.slides[0]!.html;
    expect(html).toMatch(/^<p>Let <span class="math math-inline"><span class="katex">/);
    expect(html).toContain('<msub>');
    expect(html).toContain('<em>it</em>');
    expect(deck.messages).toEqual([]);
  });

  it('splits a paragraph around display math', () => {
    const deck = render([{ content: [text('before\n'), math('a', true), text('\nafter')] }]);
    const html = deck.slides[0]!.html;
    expect(html).toMatch(/^<p>before<\/p><div class="math math-display">.*<\/div><p>after<\/p>$/s);
  });

  it('reports a KaTeX error with slide and line and shows the source in place', () => {
    const deck = render([{ content: [text('x'), math('\\frac{', false, 7)] }]);
    expect(deck.slides[0]!.html).toContain('<code>$\\frac{$</code>');
    expect(deck.slides[0]!.html).toContain('class="math math-inline math-error"');
    expect(deck.messages).toMatchObject([{ rule: 'katex', severity: 'error', slide: 0, line: 7 }]);
  });

  it('wraps an inline class in a span without a paragraph inside', () => {
    const deck = render([{ content: [cls(['red', 'bold'], [text('**hot**')])] }]);
    expect(deck.slides[0]!.html).toBe('<p><span class="red bold"><strong>hot</strong></span></p>');
  });

  it('turns a block class alone in a paragraph into a div with markdown inside', () => {
    const deck = render([{ content: [cls(['success'], [text('\n- a\n- b\n')])] }]);
    expect(deck.slides[0]!.html).toBe(
      '<div class="success"><ul>\n<li>a</li>\n<li>b</li>\n</ul></div>',
    );
  });

  it('takes the title from the first h1', () => {
    const deck = render([{ content: [text('no title')] }, { content: [text('# Hello *you*')] }]);
    expect(deck.title).toBe('Hello you');
  });

  it('replaces a missing image with a placeholder card and keeps existing ones', () => {
    const deck = render([{ content: [text('![cat](./figures/x.png) ![](figures/ok.png)')] }]);
    const html = deck.slides[0]!.html;
    expect(html).toContain('data-missing-figure="figures/x.png"');
    expect(html).toContain('<img src="figures/ok.png" alt="">');
    expect(deck.messages).toMatchObject([{ rule: 'missing-figure', severity: 'warning' }]);
  });
});
