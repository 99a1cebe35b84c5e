/**
 * remark.js reads a link reference definition with marked's rule
 * `[id]: <?url>? ("title" | (title))?` on one line, the url without spaces (remark.js's own
 * lexer, which collects definitions across the deck, uses the same rule). A line that only
 * looks like a definition — `[logo]: images/my logo.png`, `[logo]: <images/my logo.png>`,
 * a `'title'` in single quotes — is therefore paragraph text there, and `![alt][logo]`,
 * `[text][logo]` that use it stay text too. CommonMark would read some of these lines as
 * definitions (`<…>` may hold spaces, titles may be in single quotes); an empty token put
 * before the `[` keeps each one text, and each that looks meant as a definition is returned
 * with the reason it is not read, for the deck check (rule `image-not-read`). Fenced code
 * is left alone.
 */

import { createFenceReader } from './fencedCode.ts';

/** What CommonMark may take for a definition: `[label]:` at the start of a line. */
const DEFINITION_LIKE = /^( {0,3})\[((?:[^\]\\\n]|\\.)+)\]:(.*)$/;
/** marked 0.3's `block.def` (and remark.js's lexer's DEF), for one line. */
const MARKED_DEFINITION = /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +["(]([^\n]+)[")])? *$/;
/**
 * Reported only when meant as a definition: `<…>`, a first word that looks like a path or
 * URL, or a file extension at the end (`[1]: see the paper` is prose, text in both readings).
 */
const LOOKS_LIKE_PATH = /^(?:<|\S*[/.:#?])|\.\w{2,5}(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?$/;

export interface UnreadDefinition {
  /** 0-based line of the markdown. */
  readonly line: number;
  readonly label: string;
  /** The line as written (trimmed). */
  readonly source: string;
  /** Why marked does not read it, e.g. `its path holds spaces (write them as %20: a%20b.png)`. */
  readonly cause: string;
}

export interface UnreadDefinitionsResult {
  readonly markdown: string;
  readonly unread: readonly UnreadDefinition[];
}

/**
 * Keeps the definition-like lines of `markdown` that marked does not read as text (see
 * above), from line `fromLine` on (the lines before are our own definitions).
 */
export function keepUnreadDefinitionsText(
  markdown: string,
  emptyToken: () => string,
  fromLine = 0,
): UnreadDefinitionsResult {
  if (!markdown.includes(']:')) return { markdown, unread: [] };
  const lines = markdown.split('\n');
  const unread: UnreadDefinition[] = [];
  const fenceAt = createFenceReader();
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenceAt(line) !== 'text' || i < fromLine || !line.includes(']:')) continue;
    const m = DEFINITION_LIKE.exec(line);
    if (!m || MARKED_DEFINITION.test(line)) continue;
    const indent = m[1]!;
    lines[i] = `${indent}${emptyToken()}${line.slice(indent.length)}`;
    changed = true;
    const rest = m[3]!.trim();
    if (!LOOKS_LIKE_PATH.test(rest)) continue;
    unread.push({ line: i, label: m[2]!, source: line.trim(), cause: causeOf(rest) });
  }
  return changed ? { markdown: lines.join('\n'), unread } : { markdown, unread };
}

/** Why marked does not read `[label]: rest` as a definition. */
function causeOf(rest: string): string {
  if (rest === '') return 'it gives no path';
  let path: string;
  let after: string;
  if (rest.startsWith('<') && rest.includes('>')) {
    const close = rest.indexOf('>');
    path = rest.slice(1, close);
    after = rest.slice(close + 1).trim();
  } else {
    const title = /^(.*?)\s+("[^"]*"|'[^']*'|\([^)]*\))$/.exec(rest);
    path = title ? title[1]! : rest;
    after = title ? title[2]! : '';
  }
  if (/\s/.test(path.trim())) {
    const encoded = path.trim().replace(/\s+/g, (s) => '%20'.repeat(s.length));
    return `its path holds spaces, which marked does not read (write them as %20: ${encoded})`;
  }
  if (after.startsWith("'")) {
    return 'its title is in single quotes, which marked does not read (write "title" or (title))';
  }
  return 'marked does not read it (write [id]: path "title" on one line, the path without spaces)';
}
