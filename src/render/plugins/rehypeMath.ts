import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { markBlock } from '../blockMark.ts';
import type { PendingMath } from '../renderContext.ts';
import type { MathCache } from '../renderMath.ts';
import { mathErrorNode, renderMath } from '../renderMath.ts';
import '../renderContext.ts';

export interface MathOptions {
  /** Shared by every fragment of one deck render: identical formulas are typeset once. */
  readonly cache: MathCache;
}

/**
 * Typesets the fragment's formulas (`file.data.deck.math`) with KaTeX into the placeholder
 * table, before rehypePlaceholders puts them in the tree. A formula KaTeX rejects is shown
 * in place as `.math-error` and reported as rule `katex` (an error) at its deck line — or,
 * when it is an inline `$…$` with spaces just inside its delimiters (the two `$` are more
 * likely dollar signs), as rule `math-delimiters`, which names the `$` pair.
 */
export function rehypeMath(options: MathOptions) {
  return (_tree: unknown, file: VFile): void => {
    const data = file.data.deck;
    if (!data?.math) return;
    for (const formula of data.math) {
      let result = renderMath(formula.tex, formula.display, options.cache);
      if (result.error !== undefined) {
        const reason = result.error.startsWith('KaTeX') ? result.error : `KaTeX: ${result.error}`;
        const delimiters = looksLikeDollars(formula);
        const text = delimiters
          ? `The \`$…$\` pair \`$${shorten(formula.tex)}$\` is not a formula: the spaces just inside its \`$\` suggest dollar signs, not math delimiters (remark.js paired them the same way). Write a dollar sign as \`\\$\`. ${reason}`
          : reason;
        const message = file.message(text, {
          place: { line: formula.line, column: 1 },
          ruleId: delimiters ? 'math-delimiters' : 'katex',
          source: 'katex',
        });
        message.fatal = true;
        if (delimiters) result = { node: mathErrorNode(formula.tex, false, text), error: text };
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

/** Inline `$…$` whose text starts or ends with a space (only `$` formulas keep edge spaces). */
function looksLikeDollars(formula: PendingMath): boolean {
  return !formula.display && /^\s|\s$/.test(formula.tex);
}

const SHOWN = 40;

function shorten(tex: string): string {
  const flat = tex.replace(/\s+/g, ' ');
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}…` : flat;
}
