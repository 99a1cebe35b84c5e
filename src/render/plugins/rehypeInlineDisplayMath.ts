import type { Element, Root } from 'hast';
import { PHRASING_PARENTS } from '../phrasing.ts';

/**
 * Display math is a `div.math-display`, except where only phrasing content is allowed
 * (e.g. `.larger-xl[$$…$$]` inside a paragraph): there it becomes a `span.math-display`
 * (KaTeX's `.katex-display` inside is still laid out as a block), so the browser does not
 * tear the formula out of its span and lose the span's classes.
 */
export function rehypeInlineDisplayMath() {
  return (tree: Root): void => {
    walk(tree, false);
  };
}

function walk(parent: Root | Element, phrasing: boolean): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (phrasing && child.tagName === 'div' && isDisplayMath(child)) child.tagName = 'span';
    walk(child, phrasing || PHRASING_PARENTS.has(child.tagName));
  }
}

function isDisplayMath(node: Element): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('math-display');
}
