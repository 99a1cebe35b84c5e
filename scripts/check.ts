// Deck check: `npm run check [-- --strict] [--verbose] [deck ...]`.
// Prints a per-slide report of every deck (default: slides/*.md) and exits 1 on errors
// (on warnings too with --strict), 2 when a deck cannot be read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeck, formatReport, reportFails } from '../src/check/index.ts';
import { APP_CHECK_OPTIONS } from './lib/appCheckOptions.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fileExists(path: string): boolean {
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
}

function deckPaths(args: readonly string[]): string[] {
  if (args.length > 0) {
    return args.map((a) => {
      if (existsSync(a)) return resolve(a);
      const inSlides = join(root, 'slides', a);
      return existsSync(inSlides) ? inSlides : resolve(a);
    });
  }
  const dir = join(root, 'slides');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

function main(argv: readonly string[]): number {
  const strict = argv.includes('--strict');
  const verbose = argv.includes('--verbose');
  const paths = deckPaths(argv.filter((a) => !a.startsWith('--')));
  if (paths.length === 0) {
    console.error('No decks to check (slides/*.md is empty).');
    return 2;
  }
  let failed = false;
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
