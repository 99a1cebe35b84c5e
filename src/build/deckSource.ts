// Node-only: reads slides/*.md and renders them with the project's parser and renderer.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { isDeckId } from '../model/deckId.ts';
import type { DeckSummary, RenderedDeck } from '../model/index.ts';
import { parseDeck } from '../parse/index.ts';
import { type FigureStandIn, renderDeck } from '../render/index.ts';
import { withCourseLogo } from './courseLogo.ts';
import { type DeckFiles, listDeckFiles } from './deckFiles.ts';

export interface DeckSource {
  /** Ids of the decks under slides/, sorted (the rule: src/model/deckId.ts). */
  list(): readonly string[];
  /** The decks and the `.md` entries left out (with why), to warn about. */
  files(): DeckFiles;
  /**
   * Parses and renders one deck; `undefined` when the id is not a deck file or the file
   * cannot be read.
   */
  render(id: string): RenderedDeck | undefined;
  summary(deck: RenderedDeck): DeckSummary;
}

export interface DeckSourceOptions {
  /** Folder of the decks, relative to `root` (or absolute). */
  readonly slidesDir?: string;
  /** Missing figures that a live widget stands in for (see src/widgets/standIns.ts). */
  readonly figureStandIns?: Readonly<Record<string, FigureStandIn>>;
  /** The course logo put on title slides (`figures/…`, checked: src/check/courseConfig.ts). */
  readonly logo?: string;
}

export function createDeckSource(root: string, options: DeckSourceOptions = {}): DeckSource {
  const slidesDir = options.slidesDir ?? 'slides';
  const dir = resolve(root, slidesDir);
  const fileExists = (path: string): boolean => {
    const clean = posix.normalize(path.replace(/\\/g, '/'));
    if (clean.startsWith('..') || posix.isAbsolute(clean)) return false;
    const full = join(root, clean);
    return existsSync(full) && statSync(full).isFile();
  };
  return {
    list: () => listDeckFiles(dir).ids,
    files: () => listDeckFiles(dir),
    render(id) {
      if (!isDeckId(id)) return undefined;
      let source: string;
      try {
        source = readFileSync(join(dir, id), 'utf8');
      } catch {
        return undefined; // missing, a directory, unreadable
      }
      const deck = renderDeck(parseDeck(source), {
        id,
        fileExists,
        ...(options.figureStandIns ? { figureStandIns: options.figureStandIns } : {}),
      });
      return withCourseLogo(deck, options.logo);
    },
    summary(deck) {
      return {
        id: deck.id,
        title: deck.title,
        ...(deck.subtitle === undefined ? {} : { subtitle: deck.subtitle }),
        ratio: deck.ratio,
        total: deck.total,
        count: deck.slides.length,
      };
    },
  };
}
