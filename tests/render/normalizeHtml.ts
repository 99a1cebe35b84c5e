import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Makes rendered HTML reviewable in fixtures: KaTeX keeps only its MathML (the visual
 * `.katex-html` half and the TeX annotation are dropped), everything else is unchanged.
 */
export function normalizeHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  prune(tree);
  return toHtml(tree).trim();
}

function prune(parent: Root | Element): void {
  parent.children = parent.children.filter((child: RootContent) => {
    if (child.type !== 'element') return true;
    const classes = child.properties.className;
    if (Array.isArray(classes) && classes.includes('katex-html')) return false;
    if (child.tagName === 'annotation') return false;
    prune(child);
    return true;
  }) as typeof parent.children;
}
