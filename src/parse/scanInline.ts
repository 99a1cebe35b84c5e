import { displayText } from '../model/displayText.ts';
import type { ScanEvent } from './scanEvents.ts';

/** Where the paragraph holding a 0-based line ends (offset of the next block boundary). */
export type ParagraphEnd = (line: number) => number;

/** Scans `[from, lineEnd)` of line `line`; returns where scanning stopped (may be past lineEnd). */
export type InlineScanner = (from: number, lineEnd: number, line: number) => number;

/** 1 for the ASCII codes that may start something: \\ ` $ < . ! [ ] */
const SPECIAL: Readonly<Uint8Array> = Uint8Array.from({ length: 128 }, (_, c) =>
  '\\`$<.![]'.includes(String.fromCharCode(c)) ? 1 : 0,
);
const isNameStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57);
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
/** Characters of the text after an unclosed `$` quoted in its warning. */
const SNIPPET = 24;

/**
 * Inline lexing shared by the splitter and the content lexer: escapes, code spans and
 * HTML comments are skipped; content-class openers, brackets, math and macros become
 * events. Every search is memoised so that thousands of unclosed openers stay linear.
 */
export function createInlineScanner(
  text: string,
  events: ScanEvent[],
  paragraphEnd: ParagraphEnd,
): InlineScanner {
  const INF = text.length + 1;
  let nextSpecial = -1;
  /** Per needle: the last search started at `from` and found `at` (no match in between). */
  const found = new Map<string, { from: number; at: number }>();
  /** Per opener kind: openers before this offset are known to have no closer. */
  const failUntil = new Map<string, number>();

  const find = (needle: string, from: number): number => {
    const c = found.get(needle);
    if (c && c.from <= from && from <= c.at) return c.at;
    const r = text.indexOf(needle, from);
    const at = r === -1 ? INF : r;
    found.set(needle, { from, at });
    return at;
  };
  const failed = (key: string, p: number): boolean => (failUntil.get(key) ?? -1) > p;

  const findSpecial = (from: number): number => {
    if (nextSpecial >= from) return nextSpecial;
    let p = from;
    const n = text.length;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128 && SPECIAL[c] === 1) break;
      p++;
    }
    nextSpecial = p < n ? p : INF;
    return nextSpecial;
  };

  /** `\(…\)`, `\[…\]` and the remark.js-era `\\(…\\)`, `\\[…\\]`. */
  const delimited = (p: number, open: number, close: string, display: boolean, line: number) => {
    const key = close;
    if (failed(key, p)) return -1;
    const end = paragraphEnd(line);
    const idx = find(close, p + open);
    if (idx >= end) {
      failUntil.set(key, end);
      return -1;
    }
    const body = text.slice(p + open, idx);
    if (body.trim() === '') return -1;
    events.push({ k: 'math', pos: p, end: idx + close.length, line, display, body });
    return idx + close.length;
  };

  const backslash = (p: number, line: number): number => {
    const c1 = text[p + 1];
    if (c1 === '(' || c1 === '[') {
      const r = delimited(p, 2, c1 === '(' ? '\\)' : '\\]', c1 === '[', line);
      return r > 0 ? r : p + 2;
    }
    if (c1 === '\\') {
      const c2 = text[p + 2];
      if (c2 === '(' || c2 === '[') {
        const r = delimited(p, 3, c2 === '(' ? '\\\\)' : '\\\\]', c2 === '[', line);
        if (r > 0) return r;
      }
      return p + 2;
    }
    return c1 !== undefined && ASCII_PUNCT.test(c1) ? p + 2 : p + 1;
  };

  /** Where the code span opened by the backtick run at `p` ends, or -1 if it is not one. */
  const codeSpanEnd = (p: number, line: number, n: number): number => {
    const key = `\`${n}`;
    if (failed(key, p)) return -1;
    const end = paragraphEnd(line);
    let from = p + n;
    for (;;) {
      const q = find('`', from);
      if (q >= end) {
        failUntil.set(key, end);
        return -1;
      }
      let m = 1;
      while (text[q + m] === '`') m++;
      if (m === n) return q + m;
      from = q + m;
    }
  };

  const backtickRun = (p: number): number => {
    let n = 1;
    while (text[p + n] === '`') n++;
    return n;
  };

  const codeSpan = (p: number, line: number): number => {
    const n = backtickRun(p);
    const end = codeSpanEnd(p, line, n);
    return end < 0 ? p + n : end;
  };

  const displayDollar = (p: number, line: number): number => {
    if (failed('$$', p)) return p + 2;
    const end = paragraphEnd(line);
    let from = p + 2;
    for (;;) {
      const idx = find('$$', from);
      if (idx >= end) {
        failUntil.set('$$', end);
        events.push({
          k: 'warn',
          pos: p,
          line,
          rule: 'unclosed-math',
          message: 'Display math `$$` is never closed in this paragraph; it is shown as text.',
        });
        return p + 2;
      }
      if (text[idx - 1] === '\\') {
        from = idx + 1;
        continue;
      }
      const body = text.slice(p + 2, idx);
      if (body.trim() === '') return idx + 2;
      events.push({ k: 'math', pos: p, end: idx + 2, line, display: true, body });
      return idx + 2;
    }
  };

  /**
   * KaTeX auto-render's rule (remark.js decks were typeset by it): an inline formula runs
   * from `$` to the next `$` outside braces, a backslash escaping the character after it;
   * spaces next to the delimiters do not matter. Auto-render saw one text node at a time, so
   * a formula never crosses a code span or the end of the paragraph, and a `$` that finds no
   * partner leaves the rest of its text as text.
   */
  const inlineDollar = (p: number, line: number): number => {
    if (failed('$', p)) return p + 1;
    const end = paragraphEnd(line);
    let depth = 0;
    for (let q = p + 1; q < end; q++) {
      const c = text.charCodeAt(q);
      if (c === 36 /* $ */ && depth <= 0) {
        events.push({
          k: 'math',
          pos: p,
          end: q + 1,
          line,
          display: false,
          body: text.slice(p + 1, q),
        });
        return q + 1;
      }
      if (c === 92 /* \\ */) q++;
      else if (c === 123 /* { */) depth++;
      else if (c === 125 /* } */) depth--;
      else if (c === 96 /* ` */) {
        const n = backtickRun(q);
        if (codeSpanEnd(q, line, n) >= 0) {
          failUntil.set('$', q);
          unclosedDollar(p, line, 'before the code span that follows it');
          return p + 1;
        }
        q += n - 1;
      }
    }
    failUntil.set('$', end);
    unclosedDollar(
      p,
      line,
      depth > 0 ? 'in this paragraph (a `{` inside it is never closed)' : 'in this paragraph',
    );
    return p + 1;
  };

  const unclosedDollar = (p: number, line: number, where: string): void => {
    const after = displayText(text.slice(p, p + 2 * SNIPPET).split('\n')[0]!, SNIPPET);
    events.push({
      k: 'warn',
      pos: p,
      line,
      rule: 'unclosed-math',
      message: `The \`$\` of "${after}" has no closing \`$\` ${where}; it is shown as text, as remark.js showed it. Write a dollar sign as \`\\$\`.`,
    });
  };

  const classOpener = (p: number, line: number): number => {
    // `(?:\.[A-Za-z_-][\w-]*)+` by hand: no allocation unless a `[` follows.
    let q = p;
    while (text.charCodeAt(q) === 46 /* . */ && isNameStart(text.charCodeAt(q + 1))) {
      q += 2;
      while (isNameChar(text.charCodeAt(q))) q++;
    }
    if (q === p) return p + 1;
    // No later `.name` inside this run can be followed by `[` either: skip the whole run.
    if (text.charCodeAt(q) !== 91 /* [ */) return q;
    events.push({ k: 'open', pos: p, end: q + 1, line });
    return q + 1;
  };

  /** `![:name args](target)` on one line, parsed by hand so failed attempts cost O(1). */
  const macro = (p: number, line: number, lineEnd: number): number => {
    if (text[p + 1] !== '[' || text[p + 2] !== ':') return p + 1;
    const close = find(']', p + 3);
    if (close >= lineEnd) return p + 1;
    let i = p + 3;
    while (i < close && !SPACE.test(text[i]!)) i++;
    if (i === p + 3) return p + 1;
    let end = close + 1;
    let target = '';
    if (text[close + 1] === '(') {
      const paren = find(')', close + 2);
      if (paren < lineEnd) {
        target = text.slice(close + 2, paren);
        end = paren + 1;
      }
    }
    const rawArgs = text.slice(i, close).trim();
    events.push({
      k: 'macro',
      pos: p,
      end,
      line,
      name: text.slice(p + 3, i),
      args: rawArgs === '' ? [] : rawArgs.split(',').map((a) => a.trim()),
      target,
    });
    return end;
  };

  const handle = (p: number, line: number, lineEnd: number): number => {
    switch (text[p]) {
      case '\\':
        return backslash(p, line);
      case '`':
        return codeSpan(p, line);
      case '$':
        return text[p + 1] === '$' ? displayDollar(p, line) : inlineDollar(p, line);
      case '<': {
        if (!text.startsWith('<!--', p)) return p + 1;
        const idx = find('-->', p + 4);
        return idx >= INF ? p + 1 : idx + 3;
      }
      case '.':
        return classOpener(p, line);
      case '!':
        return macro(p, line, lineEnd);
      case '[':
        events.push({ k: 'lb', pos: p, line });
        return p + 1;
      case ']':
        events.push({ k: 'rb', pos: p, line });
        return p + 1;
      default:
        return p + 1;
    }
  };

  return (from, lineEnd, line) => {
    let p = from;
    for (;;) {
      p = findSpecial(p);
      if (p >= lineEnd) return lineEnd;
      const q = handle(p, line, lineEnd);
      if (q > lineEnd) return q;
      p = q;
    }
  };
}
