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
      if (!position) return;
      node.position = {
        start: { line: map(position.start.line), column: 1 },
        end: { line: map(position.end.line), column: 1 },
      };
    });
  };
}
