/**
 * remark.js's marked reads `![](figures/lec2/discriminative model.png)` as an image: its
 * link destination runs to the first `)` and may hold spaces (the browser then loads the
 * file with `%20`). CommonMark allows spaces only in `<…>` destinations, so this wraps a
 * destination that holds spaces or tabs in `<…>` (with its title, if any) before the
 * markdown is parsed; remark-rehype then writes the URL encoded. Links get the same
 * treatment. Code spans and fenced code are left alone; a destination broken across lines
 * or holding `<`/`>` is left as written (the deck check reports it, see imageProblems.ts).
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;
/** `dest "title"`, `dest 'title'` (marked's title forms), or the destination alone. */
const WITH_TITLE = /^(.*?)[ \t]+(?:"([^"]*)"|'([^']*)')[ \t]*$/;

export function wrapSpacedDestinations(markdown: string): string {
  if (!markdown.includes('](')) return markdown;
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let changed = false;
  let paragraph: number[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.map((i) => lines[i]!).join('\n');
    const next = rewriteParagraph(text);
    if (next !== text) {
      changed = true;
      const parts = next.split('\n');
      paragraph.forEach((i, k) => {
        lines[i] = parts[k]!;
      });
    }
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      flush();
      fence = marker;
      continue;
    }
    if (BLANK.test(line)) flush();
    else paragraph.push(i);
  }
  flush();
  return changed ? lines.join('\n') : markdown;
}

/** One paragraph (no blank lines): rewrites `](dest with spaces)` after a matched `[`. */
function rewriteParagraph(text: string): string {
  if (!text.includes('](')) return text;
  let out = '';
  let cursor = 0;
  const open: number[] = [];
  /** Backtick run length → no closing run of that length from this offset on. */
  const noCloser = new Map<number, number>();
  /** No `)` at or after this offset. */
  let noParenFrom = text.length + 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      const close = (noCloser.get(n) ?? -1) > i ? -1 : closingRun(text, i + n, n);
      if (close < 0) noCloser.set(n, text.length);
      i = close < 0 ? i + n : close + n;
      continue;
    }
    if (c === '[') open.push(i);
    else if (c === ']' && open.length > 0) {
      open.pop();
      if (text[i + 1] === '(' && i + 2 < noParenFrom) {
        const end = text.indexOf(')', i + 2);
        if (end < 0) noParenFrom = i + 2;
        const inner = end < 0 ? '' : text.slice(i + 2, end);
        const wrapped = end < 0 ? undefined : wrap(inner);
        if (wrapped !== undefined) {
          out += `${text.slice(cursor, i + 2)}${wrapped}`;
          cursor = end;
          i = end + 1;
          continue;
        }
      }
    }
    i++;
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}

/** The offset of the next run of exactly `n` backticks at or after `from`, or -1. */
function closingRun(text: string, from: number, n: number): number {
  for (let q = text.indexOf('`', from); q !== -1; q = text.indexOf('`', q)) {
    let m = 1;
    while (text[q + m] === '`') m++;
    if (m === n) return q;
    q += m;
  }
  return -1;
}

/** `dest with spaces "title"` → `<dest with spaces> "title"`; undefined when not needed. */
function wrap(inner: string): string | undefined {
  const trimmed = inner.trim();
  if (trimmed === '' || trimmed.startsWith('<') || /[<>\n]/.test(trimmed)) return undefined;
  const titled = WITH_TITLE.exec(trimmed);
  const destination = titled ? titled[1]!.trim() : trimmed;
  if (!/[ \t]/.test(destination)) return undefined;
  const title = titled ? (titled[2] ?? titled[3]!) : undefined;
  const shownTitle = title === undefined ? '' : ` "${title.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;
  return `<${destination}>${shownTitle}`;
}
