// Deck check: `npm run check [-- --strict] [--verbose] [deck or folder ...]`.
// Prints a per-slide report of every deck (default: the decks of slides/) and exits 1 on errors
// (on warnings too with --strict), 2 when a deck cannot be read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listDeckFiles, skippedMessage } from '../src/build/deckFiles.ts';
import { readCourseConfig } from '../src/check/courseConfig.ts';
import { checkDeck, formatReport, reportFails } from '../src/check/index.ts';
import { deckIdProblem } from '../src/model/deckId.ts';
import { APP_CHECK_OPTIONS } from './lib/appCheckOptions.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fileExists(path: string): boolean {
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The decks to check: the named files, the decks of the named folders, or (no arguments)
 * those of slides/. Folders are listed under the build's rule (src/model/deckId.ts), with
 * a warning for each `.md` entry left out; a named file the build would not serve is
 * checked with a warning.
 */
function deckPaths(args: readonly string[]): string[] {
  if (args.length === 0) return decksIn(join(root, 'slides'), 'slides');
  return args.flatMap((a) => {
    const path = existsSync(a) ? resolve(a) : join(root, 'slides', a);
    const found = existsSync(path) ? path : resolve(a);
    if (isDirectory(found)) return decksIn(found, relative(process.cwd(), found) || '.');
    const problem = deckIdProblem(basename(found));
    if (problem !== undefined) {
      console.warn(`Warning: the build does not serve ${basename(found)}: ${problem}.`);
    }
    return [found];
  });
}

function decksIn(dir: string, shown: string): string[] {
  const files = listDeckFiles(dir);
  for (const skipped of files.skipped) console.warn(`Warning: ${skippedMessage(shown, skipped)}`);
  return files.ids.map((id) => join(dir, id));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function main(argv: readonly string[]): number {
  const strict = argv.includes('--strict');
  const verbose = argv.includes('--verbose');
  const paths = deckPaths(argv.filter((a) => !a.startsWith('--')));
  if (paths.length === 0) {
    console.error('No decks to check (no deck files found).');
    return 2;
  }
  // The course's settings (slides/course.json: the logo) are checked once, before the decks.
  const course = readCourseConfig(root);
  for (const problem of course.problems) console.warn(`Warning: ${problem}`);
  let failed = strict && course.problems.length > 0;
  for (const path of paths) {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      console.error(`Cannot read ${path}: ${error instanceof Error ? error.message : error}`);
      return 2;
    }
    const report = checkDeck(source, { id: basename(path), fileExists, ...APP_CHECK_OPTIONS });
    console.log(formatReport(report, { path: relative(process.cwd(), path), verbose }));
    failed ||= reportFails(report, strict);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
