import type { ElementContent } from 'hast';

/**
 * Key set in hast `data` of block placeholder nodes (div classes, display math) so that
 * rehypePlaceholders can split paragraphs around them.
 */
const BLOCK_MARK = 'deckBlock';

type Marked = { readonly [BLOCK_MARK]?: boolean };

/** Marks an element as block content (returns the same node). */
export function markBlock<T extends ElementContent>(node: T): T {
  if (node.type === 'element') {
    // Our own key in `data`, outside the typed ElementData map.
    node.data = { ...node.data, [BLOCK_MARK]: true } as typeof node.data;
  }
  return node;
}

export function isMarkedBlock(node: ElementContent): boolean {
  return node.type === 'element' && (node.data as Marked | undefined)?.[BLOCK_MARK] === true;
}
