// Node-only: which entries of slides/ are decks (the rule is src/model/deckId.ts).
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deckIdProblem } from '../model/deckId.ts';
import { displayText } from '../model/displayText.ts';

/** An entry of slides/ that looks like a deck (its name ends in `.md`) but is not used. */
export interface SkippedDeckFile {
  readonly name: string;
  readonly reason: string;
}

export interface DeckFiles {
  /** Deck ids (file names), in course order (`compareDeckIds`: lecture2 before lecture10). */
  readonly ids: readonly string[];
  /** Entries whose name ends in `.md` (any case) that are left out, with why. */
  readonly skipped: readonly SkippedDeckFile[];
}

const LOOKS_LIKE_DECK = /\.md$/i;

/**
 * Lists the decks in `dir`: regular files (or links to one) whose name is a deck id.
 * Other `.md` entries (bad names, directories, broken links) are returned as skipped;
 * files with other extensions are ignored. A missing or unreadable folder has no decks.
 */
export function listDeckFiles(dir: string): DeckFiles {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { ids: [], skipped: [] };
  }
  const ids: string[] = [];
  const skipped: SkippedDeckFile[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (!LOOKS_LIKE_DECK.test(name)) continue;
    const problem = deckIdProblem(name) ?? fileProblem(dir, entry);
    if (problem === undefined) ids.push(name);
    else skipped.push({ name, reason: problem });
  }
  ids.sort(compareDeckIds);
  skipped.sort((a, b) => compareDeckIds(a.name, b.name));
  return { ids, skipped };
}

const RUNS = /\d+|\D+/g;

/**
 * Course order of file names: numbers inside names compare by value (`lecture2.md` before
 * `lecture10.md`), everything else by UTF-16 code units (no locale: the same order on every
 * machine); leading zeros and otherwise equal names fall back to plain comparison.
 */
export function compareDeckIds(a: string, b: string): number {
  const left = a.match(RUNS) ?? [];
  const right = b.match(RUNS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits) {
      const byValue = x.replace(/^0+/, '').length - y.replace(/^0+/, '').length;
      if (byValue !== 0) return byValue;
      const trimmedX = x.replace(/^0+/, '');
      const trimmedY = y.replace(/^0+/, '');
      if (trimmedX !== trimmedY) return trimmedX < trimmedY ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function fileProblem(dir: string, entry: Dirent): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isDirectory()) return 'it is a directory';
  if (!entry.isSymbolicLink()) return 'it is not a regular file';
  try {
    return statSync(join(dir, entry.name)).isFile() ? undefined : 'it links to a non-file';
  } catch {
    return 'it is a broken link';
  }
}

/**
 * A one-line warning naming a skipped entry; `folder` is how to show the folder (e.g.
 * `slides`). Control and invisible characters of the name are shown as U+FFFD.
 */
export function skippedMessage(folder: string, file: SkippedDeckFile): string {
  return `${folder}/${displayText(file.name)} is not used as a deck: ${file.reason}.`;
}
