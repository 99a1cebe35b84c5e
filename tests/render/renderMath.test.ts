import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { MathCache } from '../../src/render/renderMath.ts';
import { renderMath } from '../../src/render/renderMath.ts';

const textOf = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

const types = (node: Nodes): string[] => [
  node.type,
  ...('children' in node ? node.children.flatMap((c) => types(c)) : []),
];

describe('renderMath', () => {
  it('puts KaTeX output into the tree as elements, not raw HTML', () => {
    const { node, error } = renderMath('\\sqrt{x_i^2}', true, new Map());
    expect(error).toBeUndefined();
    expect(types(node)).not.toContain('raw');
    expect(types(node)).toContain('element');
    const html = toHtml(node);
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(html).toContain('<svg'); // \sqrt draws its sign as SVG
    expect(html).toContain('viewBox="0 0 400000');
  });

  it('serialises to what KaTeX rendered (same DOM)', () => {
    const tex = 'a < b \\quad \\text{висота}';
    const html = toHtml(renderMath(tex, false, new Map()).node);
    const expected = katex.renderToString(tex, {
      strict: 'ignore',
      trust: false,
      output: 'htmlAndMathml',
    });
    // Re-parsed, both give the same tree (the serialisations differ in `<mspace/>`, `&#x3C;`).
    const reparsed = (s: string) => toHtml(fromHtml(s, { fragment: true }));
    expect(reparsed(html)).toBe(reparsed(`<span class="math math-inline">${expected}</span>`));
  });

  it('keeps the TeX source in the node data (for the search text)', () => {
    const { node } = renderMath('x^2', false, new Map());
    expect((node as Element).data).toMatchObject({ tex: 'x^2' });
  });

  it('typesets once per cache but gives every use its own tree', () => {
    const cache: MathCache = new Map();
    const first = renderMath('x^2', false, cache);
    const second = renderMath('x^2', false, cache);
    expect(cache.size).toBe(1);
    expect(second.node).toEqual(first.node);
    expect(second.node).not.toBe(first.node);
    (first.node as Element).children = [];
    expect(renderMath('x^2', false, cache).node).toEqual(second.node);
  });

  it('shows an error in place and reports it', () => {
    const { node, error } = renderMath('\\frac{', false, new Map());
    expect(error).toMatch(/KaTeX/);
    expect(toHtml(node)).toContain('math-error');
  });

  it('puts the message in the error element as text, not only in its tooltip', () => {
    const { node, error } = renderMath('\\frac{', false, new Map());
    const message = (node as Element).children.find(
      (c): c is Element =>
        c.type === 'element' && String(c.properties.className) === 'math-error-message',
    );
    expect(message).toBeDefined();
    expect(textOf(message!)).toContain(error!);
    expect(toHtml(message!)).not.toContain('position:absolute');
  });
});
