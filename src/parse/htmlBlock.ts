/**
 * Where remark.js's marked (0.3) sees a block-level HTML element: a line that begins
 * (after at most three spaces; none when it follows paragraph text) with `<tag`, a tag
 * that is not one of marked's inline tags, and that runs to the first `</tag>` followed
 * only by spaces and then a blank line or the end of the text. Blank lines inside do not
 * end it. Shared by the lexer (no code blocks inside such an element) and the renderer
 * (src/render/htmlBlocks.ts).
 */

/** marked 0.3's `block._tag` exclusions: tags that never start an HTML block. */
const INLINE_TAGS = new Set(
  'a em strong small s cite q dfn abbr data time code var samp kbd sub sup i b u mark ruby rt rp bdi bdo span br wbr ins del img'.split(
    ' ',
  ),
);
/** Tags marked copies without reading inline markdown (and CommonMark keeps whole). */
export const VERBATIM_HTML_TAGS: ReadonlySet<string> = new Set(['pre', 'script', 'style']);
const OPENER = /^( {0,3})<(\w+)/;
const BLANK = /^[ \t]*$/;

export interface HtmlBlockOpener {
  readonly indent: string;
  readonly tag: string;
  /** Offset just after the tag name. */
  readonly column: number;
}

/** The HTML block `line` opens, if any (`afterText`: the line before is paragraph text). */
export function htmlBlockOpener(line: string, afterText: boolean): HtmlBlockOpener | undefined {
  if (line.charCodeAt(0) !== 60 /* < */ && !line.startsWith(' ')) return undefined;
  const m = OPENER.exec(line);
  if (!m) return undefined;
  const indent = m[1]!;
  const tag = m[2]!;
  const rest = line.slice(m[0].length);
  if (afterText && indent !== '') return undefined;
  if (INLINE_TAGS.has(tag) || rest.startsWith(':/') || /^[^\w\s@]*@/.test(rest)) return undefined;
  return { indent, tag, column: m[0].length };
}

/**
 * `(opener, line)` → the line holding the `</tag>` that ends the block opened on `line`, or
 * -1. `boundary(j)` marks lines that end the text (slide separators): the search stops
 * there and a closing tag just before one counts as at the end. Searches are remembered per
 * tag and share a budget of visited lines, so hostile input stays linear.
 */
export function createHtmlBlockEnds(
  lines: readonly string[],
  boundary: (j: number) => boolean = () => false,
): (opener: HtmlBlockOpener, line: number) => number {
  const memo = new Map<string, { from: number; stop: number; found: number }>();
  const atEnd = (j: number): boolean => j >= lines.length || boundary(j);
  const blankAfter = (j: number): boolean => atEnd(j + 1) || BLANK.test(lines[j + 1]!);
  const closesAt = (tag: string, j: number, from: number): boolean => {
    const close = `</${tag}>`;
    const text = lines[j]!;
    for (let at = text.indexOf(close, from); at !== -1; at = text.indexOf(close, at + 1)) {
      if (BLANK.test(text.slice(at + close.length)) && blankAfter(j)) return true;
    }
    return false;
  };
  let budget = 20 * lines.length + 10_000;
  return ({ tag, column }, line) => {
    const known = memo.get(tag);
    if (known && known.from < line && line < known.stop) return known.found;
    let found = -1;
    let j = line;
    for (; !atEnd(j); j++) {
      if (--budget < 0) return -1;
      if (closesAt(tag, j, j === line ? column : 0)) {
        found = j;
        break;
      }
    }
    memo.set(tag, { from: line, stop: j, found });
    return found;
  };
}
