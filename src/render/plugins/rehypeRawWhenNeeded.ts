import type { Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';

/**
 * rehype-raw (parse raw HTML embedded in markdown), skipped for trees that hold no raw
 * HTML: re-parsing through parse5 is the slowest step and most fragments do not need it.
 */
export function rehypeRawWhenNeeded() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile): Root | undefined =>
    hasRaw(tree.children) ? raw(tree, file) : undefined;
}

function hasRaw(nodes: readonly RootContent[]): boolean {
  for (const node of nodes) {
    if (node.type === 'raw') return true;
    if ('children' in node && hasRaw(node.children)) return true;
  }
  return false;
}
