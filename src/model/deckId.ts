/**
 * Which file names under slides/ are decks — and so which `?p=` values can name one. The
 * build, the dev server, `npm run check` and the browser's `?p=` allow-list apply this one
 * rule. A deck id is a file name that
 * - ends in `.md` (lower case);
 * - starts with a letter, a digit or `_` (no hidden files, no `-option` look-alikes);
 * - holds only letters and digits of any script (with their combining marks), spaces,
 *   `.`, `_`, `-` and apostrophes (`'`, `’`, `ʼ`) — no slashes, `%`, `?`, `#`, quotes,
 *   brackets, control or invisible characters;
 * - is at most MAX_DECK_ID_BYTES long in UTF-8 (the built chunk is named after it and
 *   file systems allow 255 bytes).
 * Pure: no file system access (whether the name is a file is the caller's check).
 */
export const MAX_DECK_ID_BYTES = 128;

const ALLOWED = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N} ._'’ʼ-]*$/u;
const ONE_ALLOWED = /[\p{L}\p{M}\p{N} ._'’ʼ-]/u;

export function isDeckId(name: string): boolean {
  return deckIdProblem(name) === undefined;
}

/** Why `name` is not a deck id (English, for build and check warnings), or undefined. */
export function deckIdProblem(name: string): string | undefined {
  if (!name.endsWith('.md')) return 'the name does not end in ".md"';
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_DECK_ID_BYTES) {
    return `the name is ${bytes} bytes long (at most ${MAX_DECK_ID_BYTES} in UTF-8)`;
  }
  if (ALLOWED.test(name)) return undefined;
  const first = Array.from(name)[0] ?? '';
  if (!/^[\p{L}\p{N}_]$/u.test(first)) {
    return `the name starts with ${describeChar(first)} (a letter, digit or "_" is needed)`;
  }
  const bad = Array.from(name).find((c) => !ONE_ALLOWED.test(c)) ?? '';
  return `the name contains ${describeChar(bad)} (allowed: letters, digits, spaces, . _ - and apostrophes)`;
}

/** A character as it may be shown in a message: printable ones quoted, others as U+XXXX. */
function describeChar(c: string): string {
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `"${c}"` : code;
}
