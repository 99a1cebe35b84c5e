import { createHtmlBlockEnds, htmlBlockOpener } from './htmlBlock.ts';
import type { ScanEvent } from './scanEvents.ts';
import { createInlineScanner } from './scanInline.ts';
import { sourceLines } from './sourceLines.ts';

const Kind = { Text: 0, Blank: 1, Separator: 2, TrailingSeparator: 3, Fence: 4 } as const;

const BREAK = /^<!--[ \t]*break[ \t]*-->$/;
const TRAILING_SEPARATOR = /^(?:---|--|\?\?\?)[ \t]+$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const BARE_FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** marked's `def` (remark.js's too): no spaces in the url, a title in `"…"` or `(…)` only. */
const DEFINITION =
  /^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"([^"\n]*)"|\(([^)\n]*)\)))?[ \t]*$/;

function separatorMark(line: string): '---' | '--' | '???' | 'break' | undefined {
  if (line === '---' || line === '--' || line === '???') return line;
  return line.startsWith('<!--') && BREAK.test(line) ? 'break' : undefined;
}

function indentWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4 - (w % 4);
    else break;
    if (w >= 4) break;
  }
  return w;
}

/**
 * Line-based lexer of a deck (or of one slide's text): fenced and indented code, HTML
 * comments and inline code are opaque; separators, link definitions, content-class
 * openers, brackets, math and macros are reported as events in source order.
 */
export function scanMarkdown(text: string): ScanEvent[] {
  const src = sourceLines(text);
  const n = src.count;
  const lines: string[] = new Array(n);
  const kinds = new Uint8Array(n);
  const bareChar = new Uint8Array(n); // 0 none, 1 backtick, 2 tilde
  const bareLen = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const line = src.line(i);
    lines[i] = line;
    if (/^[ \t]*$/.test(line)) kinds[i] = Kind.Blank;
    else if (separatorMark(line)) kinds[i] = Kind.Separator;
    else if (TRAILING_SEPARATOR.test(line)) kinds[i] = Kind.TrailingSeparator;
    else if (FENCE.test(line)) {
      kinds[i] = Kind.Fence;
      const bare = BARE_FENCE.exec(line);
      if (bare) {
        bareChar[i] = bare[1]![0] === '`' ? 1 : 2;
        bareLen[i] = bare[1]!.length;
      }
    }
  }
  // Suffix tables: next paragraph boundary, next separator, longest bare fence ahead.
  const nextBoundary = new Int32Array(n + 1).fill(n);
  const nextSeparator = new Int32Array(n + 1).fill(n);
  const maxBare = [new Int32Array(n + 1), new Int32Array(n + 1)];
  for (let i = n - 1; i >= 0; i--) {
    nextBoundary[i] = kinds[i] === Kind.Text ? nextBoundary[i + 1]! : i;
    nextSeparator[i] = kinds[i] === Kind.Separator ? i : nextSeparator[i + 1]!;
    for (let c = 0; c < 2; c++) {
      const own = bareChar[i] === c + 1 ? bareLen[i]! : 0;
      maxBare[c]![i] = Math.max(own, maxBare[c]![i + 1]!);
    }
  }
  const lineStart = (i: number): number => (i < n ? src.starts[i]! : text.length);
  const paragraphEnd = (line: number): number => lineStart(nextBoundary[line + 1]!);

  const events: ScanEvent[] = [];
  const scanInline = createInlineScanner(text, events, paragraphEnd);

  /** Returns the line after the fence (or where an unclosed one stops), -1 if no fence. */
  const fence = (i: number): number => {
    const m = FENCE.exec(lines[i]!)!;
    const run = m[1]!;
    if (run[0] === '`' && m[2]!.includes('`')) return -1;
    const c = run[0] === '`' ? 0 : 1;
    if (maxBare[c]![i + 1]! >= run.length) {
      for (let j = i + 1; j < n; j++) {
        if (bareChar[j] === c + 1 && bareLen[j]! >= run.length) return j + 1;
      }
    }
    events.push({
      k: 'warn',
      pos: lineStart(i),
      line: i,
      rule: 'unclosed-fence',
      message: `Code fence ${run} is never closed; it runs to the end of the slide.`,
    });
    return Math.max(i + 1, nextSeparator[i + 1]!);
  };

  /** Scans line `i` inline (a construct may run onto later lines); returns the next line. */
  const scanLine = (i: number): number => {
    let at = lineStart(i);
    let current = i;
    for (;;) {
      const stop = scanInline(at, src.end(current), current);
      if (stop <= src.end(current)) break;
      at = stop;
      current = src.lineOf(stop);
    }
    return current + 1;
  };

  let htmlEnds: ReturnType<typeof createHtmlBlockEnds> | undefined;
  let prevBlank = true;
  let inIndented = false;
  let inList = false;
  let i = 0;
  while (i < n) {
    const line = lines[i]!;
    const kind = kinds[i];
    if (kind === Kind.Blank) {
      prevBlank = true;
      i++;
      continue;
    }
    if (kind === Kind.Separator) {
      events.push({ k: 'sep', pos: lineStart(i), line: i, mark: separatorMark(line)! });
      prevBlank = true;
      inIndented = false;
      inList = false;
      i++;
      continue;
    }
    if (kind === Kind.TrailingSeparator) {
      events.push({
        k: 'warn',
        pos: lineStart(i),
        line: i,
        rule: 'separator-trailing-space',
        message: `"${line.trimEnd()}" followed by spaces is not a separator; remove the trailing whitespace.`,
      });
      prevBlank = false;
      i++;
      continue;
    }
    const indent = indentWidth(line);
    if (indent >= 4 && !inList && (prevBlank || inIndented)) {
      inIndented = true;
      i++;
      continue;
    }
    inIndented = false;
    // A marked HTML block: its lines are text (no fences, indented code or definitions
    // inside, blank lines included) and end at its closing tag.
    const opener = line.includes('<') ? htmlBlockOpener(line, !prevBlank) : undefined;
    if (opener !== undefined) {
      htmlEnds ??= createHtmlBlockEnds(lines, (j) => kinds[j] === Kind.Separator);
      const end = htmlEnds(opener, i);
      if (end >= 0) {
        let j = i;
        while (j <= end) j = scanLine(j);
        prevBlank = false;
        inList = false;
        i = j;
        continue;
      }
    }
    if (kind === Kind.Fence) {
      const next = fence(i);
      if (next !== -1) {
        prevBlank = true;
        i = next;
        continue;
      }
    }
    if (LIST_ITEM.test(line)) inList = true;
    else if (prevBlank && indent < 2) inList = false;
    prevBlank = false;
    if (line.charCodeAt(indent) === 91 /* [ */) {
      const d = DEFINITION.exec(line);
      if (d) {
        const title = d[3] ?? d[4];
        events.push({
          k: 'def',
          pos: lineStart(i),
          line: i,
          id: d[1]!,
          url: d[2]!,
          ...(title !== undefined ? { title } : {}),
        });
        i++;
        continue;
      }
    }
    i = scanLine(i);
  }
  return events;
}
