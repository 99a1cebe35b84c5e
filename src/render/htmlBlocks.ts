/**
 * remark.js's marked (0.3) reads a block-level HTML element differently from CommonMark:
 *
 * - the block starts at a line that begins with `<tag` (a block tag: not one of marked's
 *   inline tags) and ends at the first `</tag>` that is followed by a blank line or the
 *   end of the text — blank lines inside do not end it;
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

/** marked 0.3's `block._tag` exclusions: tags that never start an HTML block. */
const INLINE_TAGS = new Set(
  'a em strong small s cite q dfn abbr data time code var samp kbd sub sup i b u mark ruby rt rp bdi bdo span br wbr ins del img'.split(
    ' ',
  ),
);
/** Tags marked copies without reading inline markdown (and CommonMark keeps whole). */
const VERBATIM_TAGS = new Set(['pre', 'script', 'style']);
const OPENER = /^( {0,3})<(\w+)/;
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
  const ends = createEndFinder(lines);
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
    const opener = OPENER.exec(line);
    const prevText = i > 0 && !BLANK.test(lines[i - 1]!);
    const tag = opener?.[2];
    const end =
      tag !== undefined &&
      isBlockTag(tag, line.slice(opener![0].length)) &&
      !(prevText && opener![1] !== '')
        ? ends(tag, i, opener![0].length)
        : -1;
    if (end < 0) {
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
    const indent = opener![1]!;
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

/** Whether `<tag` followed by `rest` opens a marked HTML block (not an autolink or e-mail). */
function isBlockTag(tag: string, rest: string): boolean {
  if (INLINE_TAGS.has(tag) || VERBATIM_TAGS.has(tag)) return false;
  return !rest.startsWith(':/') && !/^[^\w\s@]*@/.test(rest);
}

/** A line inside a block: blank → an empty token; a possible block start → token first. */
function guardLine(line: string, emptyToken: () => string): string {
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

/**
 * `(tag, line, column)` → the line of the first `</tag>` after the opener that is followed
 * only by spaces and then a blank line or the end of the text (marked's rule), or -1.
 * Searches are remembered per tag, so many openers without a closer stay linear.
 */
function createEndFinder(
  lines: readonly string[],
): (tag: string, line: number, column: number) => number {
  const memo = new Map<string, { from: number; found: number }>();
  /** The line after `j` is blank, or `j` is the last line (the end of the text). */
  const blankAfter = (j: number): boolean => j + 1 >= lines.length || BLANK.test(lines[j + 1]!);
  const closesAt = (tag: string, j: number, from: number): boolean => {
    const close = `</${tag}>`;
    const text = lines[j]!;
    for (let at = text.indexOf(close, from); at !== -1; at = text.indexOf(close, at + 1)) {
      if (BLANK.test(text.slice(at + close.length)) && blankAfter(j)) return true;
    }
    return false;
  };
  // Lines visited in all searches: many different tags without closers would otherwise
  // cost lines² (hostile input); past the budget no more blocks are recognised.
  let budget = 20 * lines.length + 10_000;
  return (tag, line, column) => {
    const known = memo.get(tag);
    if (known && known.from < line && (known.found === -1 || known.found > line)) {
      return known.found;
    }
    let found = -1;
    for (let j = line; j < lines.length; j++) {
      if (--budget < 0) return -1;
      if (closesAt(tag, j, j === line ? column : 0)) {
        found = j;
        break;
      }
    }
    memo.set(tag, { from: line, found });
    return found;
  };
}
