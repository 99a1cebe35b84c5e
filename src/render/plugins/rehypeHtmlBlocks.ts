import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import '../renderContext.ts';

type Parent = Root | Element;

/**
 * Unwraps the paragraphs that hold a marked-style HTML block (see htmlBlocks.ts): a `p`
 * whose first text starts with one of `file.data.deck.htmlBlocks` is replaced by its
 * children (the block's inline HTML and text), so rehype-raw rebuilds the author's element
 * instead of nesting it in a paragraph. Runs before rehype-raw.
 */
export function rehypeHtmlBlocks() {
  return (tree: Root, file: VFile): void => {
    const markers = file.data.deck?.htmlBlocks;
    if (!markers || markers.size === 0) return;
    unwrap(tree, markers);
  };
}

function unwrap(parent: Parent, markers: ReadonlySet<string>): void {
  const out: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    if (child.tagName === 'p' && startsWithMarker(child, markers)) {
      out.push(...child.children);
      continue;
    }
    unwrap(child, markers);
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}

function startsWithMarker(p: Element, markers: ReadonlySet<string>): boolean {
  const first = p.children[0];
  if (first?.type !== 'text') return false;
  for (const marker of markers) if (first.value.startsWith(marker)) return true;
  return false;
}
