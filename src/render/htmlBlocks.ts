/**
 * remark.js's marked (0.3) reads a block-level HTML element differently from CommonMark:
 *
 * - the block starts at a line that begins with `<tag` (a block tag: not one of marked's
 *   inline tags) and ends at the first `</tag>` that is followed by a blank line or the
 *   end of the text — blank lines inside do not end it; with no such `</tag>`, marked
 *   reads a paragraph that starts at the tag's line (and a list item, heading, … ends it);
 * - no block markdown is read inside (`- one` stays text, not a list), but inline markdown
 *   is (emphasis, code spans, links, images).
 *
 * CommonMark ends such a block at its first blank line and reads nothing inside. To get
 * marked's reading from a CommonMark parser, the block is turned into one paragraph of
 * inline HTML: its first line starts with a marker token (the paragraph is unwrapped again
 * by rehypeHtmlBlocks), and every line inside that CommonMark could read as the start of a
 * block (a blank line, a list item, a heading, a fence, a tag that opens an HTML block…)
 * starts with an empty token, which is text. `<pre>`, `<script>` and `<style>` are left
 * alone (marked copies them verbatim, and so does CommonMark).
 */

import { createHtmlBlockEnds, htmlBlockOpener, VERBATIM_HTML_TAGS } from '../parse/htmlBlock.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** First characters of a line that CommonMark may read as a block start inside a paragraph. */
const BLOCK_START = /^[-+*_#>`~=|:<0-9]/;
const BLANK = /^[ \t]*$/;

export interface HtmlBlocksResult {
  readonly markdown: string;
  /** Deck line of each markdown line (a blank line inserted before a block repeats one). */
  readonly lineMap: readonly number[];
}

/**
 * Rewrites marked-style HTML blocks of `markdown` (see above). `marker()` returns a new
 * token that marks a block's paragraph, `emptyToken()` one that renders as nothing.
 */
export function keepHtmlBlocksWhole(
  markdown: string,
  lineMap: readonly number[],
  marker: () => string,
  emptyToken: () => string,
): HtmlBlocksResult {
  if (!markdown.includes('<')) return { markdown, lineMap };
  const lines = markdown.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  const lineOf = (i: number): number => lineMap[i] ?? lineMap[lineMap.length - 1] ?? 1;
  const ends = createHtmlBlockEnds(lines);
  let fence: string | undefined;
  let changed = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined || fenceMark) {
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) {
        fence = undefined;
      }
      out.push(line);
      map.push(lineOf(i));
      i++;
      continue;
    }
    const prevText = i > 0 && !BLANK.test(lines[i - 1]!);
    const opener = htmlBlockOpener(line, prevText);
    const verbatim = opener === undefined || VERBATIM_HTML_TAGS.has(opener.tag);
    // Without a closing tag followed by a blank line, marked reads a paragraph from here on
    // (ended, unlike CommonMark's HTML block, by a list, heading, … as well as a blank line).
    const end = verbatim ? -1 : Math.max(i, ends(opener, i));
    if (opener === undefined || end < 0) {
      out.push(line);
      map.push(lineOf(i));
      i++;
      continue;
    }
    changed = true;
    if (prevText) {
      // marked ends the paragraph before the block; CommonMark needs a blank line.
      out.push('');
      map.push(lineOf(i));
    }
    const indent = opener.indent;
    out.push(`${indent}${marker()}${line.slice(indent.length)}`);
    map.push(lineOf(i));
    let inside = tagState(line, 'text');
    for (let j = i + 1; j <= end; j++) {
      const text = lines[j]!;
      out.push(inside === 'text' ? guardLine(text, emptyToken) : text);
      map.push(lineOf(j));
      inside = tagState(text, inside);
    }
    i = end + 1;
  }
  return changed ? { markdown: out.join('\n'), lineMap: map } : { markdown, lineMap };
}

/** A line inside a block: blank → an empty token; a possible block start → token first. */
export function guardLine(line: string, emptyToken: () => string): string {
  if (BLANK.test(line)) return emptyToken();
  const indent = /^[ \t]*/.exec(line)![0];
  const rest = line.slice(indent.length);
  return BLOCK_START.test(rest) ? `${indent}${emptyToken()}${rest}` : line;
}

type TagState = 'text' | 'tag' | 'single' | 'double' | 'comment';

/** Where a line leaves us: in text, inside a tag (or one of its quoted values) or a comment. */
function tagState(line: string, start: TagState): TagState {
  let state = start;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    switch (state) {
      case 'text':
        if (line.startsWith('<!--', k)) {
          state = 'comment';
          k += 3;
        } else if (c === '<' && /[A-Za-z/]/.test(line[k + 1] ?? '')) state = 'tag';
        break;
      case 'tag':
        if (c === '"') state = 'double';
        else if (c === "'") state = 'single';
        else if (c === '>') state = 'text';
        break;
      case 'double':
        if (c === '"') state = 'tag';
        break;
      case 'single':
        if (c === "'") state = 'tag';
        break;
      case 'comment':
        if (line.startsWith('-->', k)) {
          state = 'text';
          k += 2;
        }
        break;
    }
  }
  return state;
}
