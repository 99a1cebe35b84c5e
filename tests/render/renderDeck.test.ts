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
    expect(deck.subtitle).toBeUndefined();
  });

  it('takes the subtitle from the first paragraph after that h1, before another heading', () => {
    const deck = render([
      { content: [text('# Нейронні мережі\n\n<br>\n\nЛекція 5: *Згорткові* мережі\n\nАвтор')] },
    ]);
    expect(deck.title).toBe('Нейронні мережі');
    expect(deck.subtitle).toBe('Лекція 5: Згорткові мережі');
    const none = render([{ content: [text('# Title\n\n## Section\n\nText')] }]);
    expect(none.subtitle).toBeUndefined();
    const long = render([{ content: [text(`# T\n\n${'ж'.repeat(300)}`)] }]);
    expect([...(long.subtitle ?? '')]).toHaveLength(120);
  });

  it('replaces a missing image with a placeholder card and keeps existing ones', () => {
    const deck = render([{ content: [text('![cat](./figures/x.png) ![](figures/ok.png)')] }]);
    const html = deck.slides[0]!.html;
    expect(html).toContain('data-missing-figure="figures/x.png"');
    expect(html).toContain('<img src="figures/ok.png" alt="">');
    expect(deck.messages).toMatchObject([{ rule: 'missing-figure', severity: 'warning' }]);
  });

  it('renders notes with math through the same pipeline', () => {
    const deck = render([{ content: [text('x')], notes: [text('Note '), math('a_1')] }]);
    expect(deck.slides[0]!.notesHtml).toMatch(/^<p>Note <span class="math math-inline">/);
    expect(deck.slides[0]!.text).toBe('x\nNote a_1');
  });

  it('resolves deck link definitions on every slide and inside classes', () => {
    const deck = render(
      [{ content: [text('[book][dlwp]')] }, { content: [cls(['red'], [text('[Book][DLWP]')])] }],
      { dlwp: { url: 'https://example.org/b', title: 'DLwP' } },
    );
    expect(deck.slides[0]!.html).toBe(
      '<p><a href="https://example.org/b" title="DLwP">book</a></p>',
    );
    expect(deck.slides[1]!.html).toContain('<a href="https://example.org/b" title="DLwP">Book</a>');
  });

  it('puts formulas that land in code or attributes back as source text', () => {
    const deck = render([
      {
        content: [
          text('    indented '),
          math('x'),
          text('\n\n![a '),
          math('y'),
          text('](figures/ok/p.png)'),
        ],
      },
    ]);
    expect(deck.slides[0]!.html).toBe(
      '<pre><code>indented $x$\n</code></pre>\n<p><img src="figures/ok/p.png" alt="a $y$"></p>',
    );
  });

  it('nests classes with math and block content inside', () => {
    const deck = render([
      {
        content: [
          cls(
            ['grid'],
            [text('\n'), cls(['kol-1-2'], [text('\n'), math('z', true), text('\n')]), text('\n')],
          ),
        ],
      },
    ]);
    expect(deck.slides[0]!.html).toMatch(
      /^<div class="grid"><div class="kol-1-2"><div class="math math-display"><span class="katex-display">.*<\/div><\/div><\/div>$/s,
    );
  });

  it('collects widgets with ids unique in the slide', () => {
    const deck = render([{ content: [text('<div data-widget="train" data-epochs="2"></div>')] }]);
    expect(deck.slides[0]!.widgets).toEqual([
      { name: 'train', id: 'w0-0', params: { epochs: '2' } },
    ]);
    expect(deck.slides[0]!.html).toBe(
      '<div data-widget="train" data-epochs="2" data-widget-id="w0-0"></div>',
    );
  });

  it('shows parser errors in place, with their message as text (not only a tooltip)', () => {
    const deck = render([
      {
        content: [
          text('a '),
          { kind: 'error', message: 'Unknown macro', source: '![:x]', line: 2 },
        ],
      },
    ]);
    expect(deck.slides[0]!.html).toBe(
      '<p>a <span class="content-error" title="Unknown macro"><code class="content-error-source">![:x]</code> <span class="content-error-message">Unknown macro</span></span></p>',
    );
  });

  it('shows a stand-in widget for a missing figure when given one, with a widget id', () => {
    const deck = renderDeck(deckOf([{ content: [text('![](figures/lec5/1d-conv.gif)')] }]), {
      id: 't.md',
      fileExists: () => false,
      figureStandIns: {
        'figures/lec5/1d-conv.gif': { widget: 'conv1d', params: { example: '1' } },
      },
    });
    expect(deck.slides[0]!.widgets).toEqual([
      { name: 'conv1d', id: 'w0-0', params: { figure: 'figures/lec5/1d-conv.gif', example: '1' } },
    ]);
    expect(deck.messages.map((m) => m.rule)).toEqual(['figure-stand-in']);
  });

  it('treats a file check that throws as a missing file', () => {
    const deck = renderDeck(
      deckOf([
        {
          content: [text('![](figures/x.png)')],
          properties: { 'background-image': 'url(figures/y.png)' },
        },
      ]),
      {
        id: 't.md',
        fileExists: () => {
          throw new Error('EACCES');
        },
      },
    );
    expect(deck.slides[0]!.html).toContain('data-missing-figure="figures/x.png"');
    expect(deck.messages.map((m) => m.rule)).toEqual(['missing-figure', 'missing-figure']);
  });
});
