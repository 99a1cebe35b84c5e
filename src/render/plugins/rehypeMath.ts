import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { markBlock } from '../blockMark.ts';
import type { MathCache } from '../renderMath.ts';
import { renderMath } from '../renderMath.ts';
import '../renderContext.ts';

export interface MathOptions {
  /** Shared by every fragment of one deck render: identical formulas are typeset once. */
  readonly cache: MathCache;
}

/**
 * Typesets the fragment's formulas (`file.data.deck.math`) with KaTeX into the placeholder
 * table, before rehypePlaceholders puts them in the tree. A formula KaTeX rejects is shown
 * in place as `.math-error` and reported as rule `katex` (an error) at its deck line.
 */
export function rehypeMath(options: MathOptions) {
  return (_tree: unknown, file: VFile): void => {
    const data = file.data.deck;
    if (!data?.math) return;
    for (const formula of data.math) {
      const result = renderMath(formula.tex, formula.display, options.cache);
      if (result.error !== undefined) {
        const reason = result.error.startsWith('KaTeX') ? result.error : `KaTeX: ${result.error}`;
        const message = file.message(reason, {
          place: { line: formula.line, column: 1 },
          ruleId: 'katex',
          source: 'katex',
        });
        message.fatal = true;
      }
      // The cached node is shared between uses: give each use its own element.
      const own: ElementContent =
        result.node.type === 'element'
          ? { ...result.node, properties: { ...result.node.properties } }
          : result.node;
      const node = formula.display ? markBlock(own) : own;
      const source = formula.display ? `$$${formula.tex}$$` : `$${formula.tex}$`;
      data.placeholders.set(formula.token, { block: formula.display, nodes: [node], source });
    }
  };
}
