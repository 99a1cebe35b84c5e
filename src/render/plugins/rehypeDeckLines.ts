import type { Root } from 'hast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import '../renderContext.ts';

/**
 * Rewrites node positions from lines of the fragment's markdown to lines of the deck file
 * (through `file.data.deck.lineMap`), so later plugins report deck lines even after the
 * fragment was nested into another one. Columns are dropped (they no longer match).
 */
export function rehypeDeckLines() {
  return (tree: Root, file: VFile): void => {
    const lineMap = file.data.deck?.lineMap;
    if (!lineMap || lineMap.length === 0) return;
    const last = lineMap[lineMap.length - 1] ?? 1;
    const map = (line: number): number => lineMap[line - 1] ?? last;
    visit(tree as Node, (node: Node) => {
      const position = node.position;
      // hast-util-raw may leave positions without points on some text nodes.
      const start = position?.start?.line;
      if (typeof start !== 'number') {
        delete node.position;
        return;
      }
      const end = position?.end?.line ?? start;
      node.position = {
        start: { line: map(start), column: 1 },
        end: { line: map(end), column: 1 },
      };
    });
  };
}
