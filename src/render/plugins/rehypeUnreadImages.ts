import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { displayText } from '../../model/displayText.ts';
import { tokensToSource } from '../placeholders.ts';
import '../renderContext.ts';

/** Elements whose text is shown as written (image markdown there is meant as text). */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
const IMAGE = /!\[[^\]\n]*\]\(/g;
const SHOWN = 60;
/** Reports per text node (each costs a search to the end of the text). */
const MAX_PER_TEXT = 20;

/**
 * Reports image markdown `![…](…)` that markdown left as text (outside code), with its
 * cause — the path never closed by `)`, broken across lines, holding `<` or `>` — as rule
 * `image-not-read` (a warning) at its deck line. Runs after rehypeDeckLines.
 */
export function rehypeUnreadImages() {
  return (tree: Root, file: VFile): void => {
    const table = file.data.deck?.placeholders;
    const walk = (parent: Root | Element): void => {
      for (const child of parent.children) {
        if (child.type === 'text') check(child, file, table);
        else if (child.type === 'element' && !VERBATIM.has(child.tagName)) walk(child);
      }
    };
    walk(tree);
  };
}

function check(node: Text, file: VFile, table: Parameters<typeof tokensToSource>[1] | undefined) {
  const value = node.value;
  if (!value.includes('![')) return;
  let reported = 0;
  for (const match of value.matchAll(IMAGE)) {
    if (++reported > MAX_PER_TEXT) return;
    const at = match.index;
    const rest = value.slice(at + match[0].length);
    const close = rest.indexOf(')');
    const path = close < 0 ? rest : rest.slice(0, close);
    const cause =
      close < 0
        ? 'its path is never closed by `)`'
        : path.includes('\n')
          ? 'its path is broken across lines (write it on one line)'
          : /[<>]/.test(path)
            ? 'its path holds `<` or `>` (write them as %3C and %3E)'
            : 'markdown cannot read its path';
    const written = value.slice(at, close < 0 ? value.length : at + match[0].length + close + 1);
    const source = table ? tokensToSource(written, table) : written;
    const shown = displayText(source.replace(/\s*\n\s*/g, ' '), SHOWN);
    const start = node.position?.start.line;
    const end = node.position?.end.line ?? start;
    const before = value.slice(0, at).split('\n').length - 1;
    const line = start === undefined ? undefined : Math.min(start + before, end ?? start);
    file.message(`Image ${shown} is shown as text, not as an image: ${cause}.`, {
      ...(line !== undefined ? { place: { line, column: 1 } } : {}),
      ruleId: 'image-not-read',
      source: 'deck',
    });
  }
}
