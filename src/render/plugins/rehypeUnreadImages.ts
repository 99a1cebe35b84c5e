import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { displayText } from '../../model/displayText.ts';
import { tokensToSource } from '../placeholders.ts';
import '../renderContext.ts';

/** Elements whose text is shown as written (image markdown there is meant as text). */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
const IMAGE = /!\[[^\]\n]*\]\(/g;
/** `![alt][id]` or `![alt][]`: left as text when no definition of the id was read. */
const REFERENCE_IMAGE = /!\[([^\]\n]*)\]\[([^\]\n]*)\]/g;
const SHOWN = 60;
/** Reports per text node (each costs a search to the end of the text). */
const MAX_PER_TEXT = 20;

/**
 * Reports image markdown `![…](…)` that markdown left as text (outside code), with its
 * cause — the path never closed by `)`, broken across lines, holding `<` or `>` — as rule
 * `image-not-read` (a warning) at its deck line; likewise a reference image `![alt][id]`
 * whose id has no definition that was read (see unreadDefinitions.ts). Runs after
 * rehypeDeckLines.
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

type Table = Parameters<typeof tokensToSource>[1] | undefined;

function check(node: Text, file: VFile, table: Table) {
  const value = node.value;
  if (!value.includes('![')) return;
  let reported = 0;
  for (const match of value.matchAll(REFERENCE_IMAGE)) {
    if (++reported > MAX_PER_TEXT) return;
    const id = match[2]!.trim() === '' ? match[1]! : match[2]!;
    const cause = `no definition of [${displayText(tokensToSourceOf(id, table), SHOWN)}] was read`;
    report(node, file, table, match.index, match[0], cause);
  }
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
    report(node, file, table, at, written, cause);
  }
}

const tokensToSourceOf = (text: string, table: Table): string =>
  table ? tokensToSource(text, table) : text;

/** One `image-not-read` warning for `written`, found at offset `at` of the text node. */
function report(node: Text, file: VFile, table: Table, at: number, written: string, cause: string) {
  const source = tokensToSourceOf(written, table);
  const shown = displayText(source.replace(/\s*\n\s*/g, ' '), SHOWN);
  const start = node.position?.start.line;
  const end = node.position?.end.line ?? start;
  const before = node.value.slice(0, at).split('\n').length - 1;
  const line = start === undefined ? undefined : Math.min(start + before, end ?? start);
  file.message(`Image ${shown} is shown as text, not as an image: ${cause}.`, {
    ...(line !== undefined ? { place: { line, column: 1 } } : {}),
    ruleId: 'image-not-read',
    source: 'deck',
  });
}
