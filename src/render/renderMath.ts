import type { Element, ElementContent, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import { MAX_FORMULA } from './renderLimits.ts';

export interface MathResult {
  readonly node: ElementContent;
  /** KaTeX's message when the formula could not be typeset. */
  readonly error?: string;
}

/** Formulas rendered once per deck render, keyed by mode and source. */
export type MathCache = Map<string, MathResult>;

/**
 * Typesets `tex` with KaTeX at render time. Errors never escape: the source is shown in
 * place inside `.math-error` with KaTeX's message (mathErrorNode).
 * KaTeX's HTML (with its MathML) is parsed into a hast tree, as rehype-katex does, so the
 * slide's tree holds no raw HTML; every call returns its own copy of the tree.
 */
export function renderMath(tex: string, display: boolean, cache: MathCache): MathResult {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = typeset(tex, display);
    cache.set(key, result);
  }
  return { ...result, node: structuredClone(result.node) };
}

function typeset(tex: string, display: boolean): MathResult {
  const tagName = display ? 'div' : 'span';
  const className = display ? ['math', 'math-display'] : ['math', 'math-inline'];
  if (tex.length > MAX_FORMULA) {
    const message = `Formula too long to typeset (${tex.length} characters, limit ${MAX_FORMULA})`;
    return { node: mathErrorNode(tex, display, message), error: message };
  }
  try {
    const html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      // Unicode text (Cyrillic) in math mode is fine for us; keep KaTeX quiet about it.
      strict: 'ignore',
      trust: false,
      output: 'htmlAndMathml',
    });
    const node: Element = {
      type: 'element',
      tagName,
      properties: { className },
      children: parseHtml(html),
      // The TeX source, for the slide's search text (hastText).
      data: { tex } as unknown as Element['data'],
    };
    return { node };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { node: mathErrorNode(tex, display, message), error: message };
  }
}

/** KaTeX's output as hast nodes (positions dropped: they are offsets in KaTeX's string). */
function parseHtml(html: string): ElementContent[] {
  const root = fromHtml(html, { fragment: true });
  const strip = (node: Nodes): void => {
    delete node.position;
    if ('children' in node) for (const child of node.children) strip(child);
  };
  strip(root);
  return root.children as ElementContent[];
}

/**
 * A formula that could not be typeset, shown in place: `.math-error` holding the formula
 * as written (`code`) and the message as text (`.math-error-message`, also the tooltip), so
 * the lecturer sees what went wrong without hovering. Its search text is the TeX source.
 */
export function mathErrorNode(tex: string, display: boolean, message: string): Element {
  const tagName = display ? 'div' : 'span';
  const delimiter = display ? '$$' : '$';
  return {
    type: 'element',
    tagName,
    properties: {
      className: ['math', display ? 'math-display' : 'math-inline', 'math-error'],
      title: message,
    },
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: {},
        children: [{ type: 'text', value: `${delimiter}${tex}${delimiter}` }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['math-error-message'] },
        children: [{ type: 'text', value: ` помилка формули: ${message}` }],
      },
    ],
    data: { tex } as unknown as Element['data'],
  };
}
