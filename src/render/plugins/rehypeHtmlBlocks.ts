import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import '../renderContext.ts';

type Parent = Root | Element;

/**
 * Unwraps the paragraphs that hold a marked-style HTML block (see htmlBlocks.ts and
 * htmlInListItems.ts): a `p` whose text holds one of `file.data.deck.htmlBlocks` is split
 * there — what comes before stays a paragraph (dropped when only whitespace), what follows
 * (the block's inline HTML and text) is put in the paragraph's place — so rehype-raw
 * rebuilds the author's element instead of nesting it in a paragraph, as marked wrote
 * `<p>item one</p><div …>…</div>` in a loose list item. Runs before rehype-raw.
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
    if (child.tagName === 'p') {
      const split = splitAtMarker(child, markers);
      if (split) {
        if (split.before.length > 0) out.push({ ...child, children: split.before });
        out.push(...split.after);
        continue;
      }
    }
    unwrap(child, markers);
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}

/** The paragraph's children before and from the first marker, if it holds one. */
function splitAtMarker(
  p: Element,
  markers: ReadonlySet<string>,
): { before: ElementContent[]; after: ElementContent[] } | undefined {
  for (let k = 0; k < p.children.length; k++) {
    const node = p.children[k]!;
    if (node.type !== 'text') continue;
    let at = -1;
    for (const marker of markers) {
      const found = node.value.indexOf(marker);
      if (found !== -1 && (at === -1 || found < at)) at = found;
    }
    if (at === -1) continue;
    const before = p.children.slice(0, k);
    const head = node.value.slice(0, at).trimEnd();
    if (head !== '') before.push({ ...node, value: head });
    const significant = before.some((n) => n.type !== 'text' || n.value.trim() !== '');
    return {
      before: significant ? before : [],
      after: [{ ...node, value: node.value.slice(at) }, ...p.children.slice(k + 1)],
    };
  }
  return undefined;
}
