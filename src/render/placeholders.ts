import type { ElementContent } from 'hast';

/**
 * Math, content classes and errors are cut out of the markdown before it is parsed and
 * replaced by tokens made of private-use characters, which markdown treats as ordinary
 * letters. Their HTML is rendered separately and substituted back into the hast tree.
 */
export interface Placeholder {
  /** Block content (a `div` class, display math): takes a paragraph of its own. */
  readonly block: boolean;
  readonly nodes: readonly ElementContent[];
  /** What the author wrote, used where HTML cannot go (code, attribute values). */
  readonly source: string;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const DIGIT0 = 0xe010;

/** Matches every token; use with `String.prototype.split` (the capture keeps them). */
export const TOKEN_PATTERN = /(\uE000[\uE010-\uE019]+\uE001)/;
export const HAS_TOKEN = /\uE000[\uE010-\uE019]+\uE001/;

export function makeToken(n: number): string {
  const digits = [...String(n)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join('');
  return `${OPEN}${digits}${CLOSE}`;
}

/** Author text must not forge tokens: the two sentinel characters become U+FFFD. */
export function stripSentinels(text: string): string {
  return text.includes(OPEN) || text.includes(CLOSE)
    ? text.replace(/[\uE000\uE001]/g, '\uFFFD')
    : text;
}

/** Replaces every known token in `text` by its source text (for code and attributes). */
export function tokensToSource(text: string, table: ReadonlyMap<string, Placeholder>): string {
  if (!HAS_TOKEN.test(text)) return text;
  return text
    .split(TOKEN_PATTERN)
    .map((part) => table.get(part)?.source ?? part)
    .join('');
}
