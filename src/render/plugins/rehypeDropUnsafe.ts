import type { Element, Root, RootContent } from 'hast';
import { isScriptUrl } from '../localPath.ts';

/** Elements a deck may not carry: decks are data, not code. */
const DROPPED = new Set(['script', 'base']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data'];

/**
 * Removes HTML comments, `<script>`/`<base>` elements, `on*` event-handler attributes and
 * `javascript:` URLs from the tree. Everything else in raw HTML passes through.
 */
export function rehypeDropUnsafe() {
  return (tree: Root): void => {
    clean(tree);
  };
}

function clean(parent: Root | Element): void {
  const kept: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'comment') continue;
    if (child.type === 'element') {
      if (DROPPED.has(child.tagName)) continue;
      cleanProperties(child);
      clean(child);
      if (child.tagName === 'template' && child.content) clean(child.content);
    }
    kept.push(child);
  }
  parent.children = kept as typeof parent.children;
}

function cleanProperties(node: Element): void {
  for (const key of Object.keys(node.properties)) {
    if (/^on/i.test(key)) delete node.properties[key];
  }
  for (const key of URL_PROPERTIES) {
    const value = node.properties[key];
    if (typeof value === 'string' && isScriptUrl(value)) delete node.properties[key];
  }
}
