/**
 * remark.js's marked (0.3) matches a whole list before it looks for HTML blocks: a list runs
 * from its first bullet to a blank line followed by a line that neither starts with a space
 * nor is a bullet of the list's indentation (or to an `hr` or a link definition line, or the
 * end). Every line in between belongs to an item, so an HTML element on the line right
 * after an item stays in that item:
 *
 *     - item one
 *     <div class="red">note</div>          → <li>item one<div class="red">note</div></li>
 *     - item two                            → <li>item two</li>
 *
 * CommonMark instead lets the `<div>` (an HTML block, as is a comment) interrupt the item,
 * ends the list there and reads `- item two` as raw HTML. To get marked's reading, such a
 * line is prefixed with a marker token, which makes it paragraph text of the item (a lazy
 * continuation line); the following lines of the element, up to its closing tag, get an
 * empty token before anything that could start a block. In a loose list the item's
 * paragraph is split again at the marker by rehypeHtmlBlocks, as marked writes
 * `<li><p>item one</p><div …>…</div></li>`. Fenced code is left alone; `<pre>`, `<script>`
 * and `<style>` too (both parsers copy them verbatim).
 */

import { htmlBlockOpener, VERBATIM_HTML_TAGS } from '../parse/htmlBlock.ts';
import { createFenceReader, isFence } from './fencedCode.ts';
import { guardLine } from './htmlBlocks.ts';

const BLANK = /^[ \t]*$/;
/** marked's `bull` with the space it requires, capturing the indentation. */
const BULLET = /^( *)(?:[*+-]|\d+\.)[ \t]/;
/** marked's `hr` as the list rule sees it (after optional list indentation). */
const HR = /^ *(?:[-*_] *){3,}$/;
/** marked's `def` line. */
const DEF = /^ *\[[^\]]+\]: *<?[^\s>]+>?(?: +["(][^\n]+[")])? *$/;
const COMMENT = /^ {0,3}<!--/;

/**
 * Rewrites the HTML elements that marked keeps inside list items (see above). `marker()`
 * returns a token that rehypeHtmlBlocks splits paragraphs at; `emptyToken()` one that
 * renders as nothing. Lines are never added or removed.
 */
export function keepHtmlInListItems(
  markdown: string,
  marker: () => string,
  emptyToken: () => string,
): string {
  if (!markdown.includes('<') || !/^ *(?:[*+-]|\d+\.)[ \t]/m.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const fenceAt = createFenceReader();
  /** Indentation of the open list (marked's `\1`), undefined outside a list. */
  let listIndent: string | undefined;
  let prevBlank = true;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const place = fenceAt(line);
    if (place === 'code') continue;
    if (BLANK.test(line)) {
      prevBlank = true;
      continue;
    }
    if (listIndent !== undefined && endsList(line, listIndent, prevBlank)) listIndent = undefined;
    const bullet = BULLET.exec(line);
    if (listIndent === undefined && bullet) listIndent = bullet[1]!;
    const inItem = listIndent !== undefined && !prevBlank && !bullet;
    prevBlank = false;
    if (place === 'open' || !inItem) continue;
    const opener = htmlBlockOpener(line, false);
    const comment = opener === undefined && COMMENT.test(line);
    if (!comment && (opener === undefined || VERBATIM_HTML_TAGS.has(opener.tag))) continue;
    const indent = /^ */.exec(line)![0];
    lines[i] = `${indent}${marker()}${line.slice(indent.length)}`;
    changed = true;
    const close = opener ? `</${opener.tag}>` : '-->';
    if (line.includes(close, opener ? opener.column : 4)) continue;
    // The element's other lines, up to its closing tag, stay text of the item.
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (BLANK.test(next) || BULLET.test(next) || HR.test(next) || DEF.test(next)) break;
      if (isFence(next)) break;
      lines[j] = guardLine(next, emptyToken);
      i = j;
      if (next.includes(close)) break;
    }
  }
  return changed ? lines.join('\n') : markdown;
}

/** Whether `line` is past the end of marked's list whose bullets are indented `indent`. */
function endsList(line: string, indent: string, afterBlank: boolean): boolean {
  if (HR.test(line) || DEF.test(line)) return true;
  if (!afterBlank || line.startsWith(' ')) return false;
  const bullet = BULLET.exec(line);
  return !(bullet && bullet[1] === indent);
}
