// Command line of `npm run pdf -- <deck> <out.pdf> [--notes] [--handout] [--build|--no-build]`.
import { basename } from 'node:path';

export interface PdfArgs {
  readonly deck: string;
  readonly out: string;
  readonly notes: boolean;
  readonly handout: boolean;
  readonly build: 'auto' | 'always' | 'never';
}

export const PDF_USAGE =
  'usage: npm run pdf -- <deck.md> <out.pdf> [--notes] [--handout] [--build | --no-build]';

/** Parses the arguments; a deck given as a path (`slides/lecture5.md`) is taken by file name. */
export function parsePdfArgs(argv: readonly string[]): PdfArgs | { readonly error: string } {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const positional = argv.filter((a) => !a.startsWith('--'));
  const known = new Set(['--notes', '--handout', '--build', '--no-build']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (unknown.length > 0) return { error: `unknown option ${unknown.join(', ')}` };
  if (flags.has('--build') && flags.has('--no-build')) {
    return { error: '--build and --no-build exclude each other' };
  }
  const [deck, out, ...rest] = positional;
  if (deck === undefined || out === undefined || rest.length > 0) {
    return { error: 'expected a deck and an output file' };
  }
  if (!deck.endsWith('.md')) return { error: `the deck must be a .md file: ${deck}` };
  if (!out.toLowerCase().endsWith('.pdf')) return { error: `the output must end in .pdf: ${out}` };
  return {
    deck: basename(deck),
    out,
    notes: flags.has('--notes'),
    handout: flags.has('--handout'),
    build: flags.has('--build') ? 'always' : flags.has('--no-build') ? 'never' : 'auto',
  };
}
