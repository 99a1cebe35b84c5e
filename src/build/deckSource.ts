// Node-only: reads slides/*.md and renders them with the project's parser and renderer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { DeckSummary, RenderedDeck } from '../model/index.ts';
import { parseDeck } from '../parse/index.ts';
import { type FigureStandIn, renderDeck } from '../render/index.ts';

/** Deck ids are plain file names: letters, digits, `._-`, ending in `.md`. */
export const DECK_ID = /^[\w.-]+\.md$/;

export interface DeckSource {
  /** Ids of the decks under slides/, sorted. */
  list(): readonly string[];
  /** Parses and renders one deck; `undefined` when the id is not a deck file. */
  render(id: string): RenderedDeck | undefined;
  summary(deck: RenderedDeck): DeckSummary;
}

export interface DeckSourceOptions {
  /** Folder of the decks, relative to `root` (or absolute). */
  readonly slidesDir?: string;
  /** Missing figures that a live widget stands in for (see src/widgets/standIns.ts). */
  readonly figureStandIns?: Readonly<Record<string, FigureStandIn>>;
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
    list() {
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => DECK_ID.test(name))
        .sort();
    },
    render(id) {
      if (!DECK_ID.test(id)) return undefined;
      const file = join(dir, id);
      if (!existsSync(file)) return undefined;
      const source = readFileSync(file, 'utf8');
      return renderDeck(parseDeck(source), {
        id,
        fileExists,
        ...(options.figureStandIns ? { figureStandIns: options.figureStandIns } : {}),
      });
    },
    summary(deck) {
      return {
        id: deck.id,
        title: deck.title,
        ratio: deck.ratio,
        total: deck.total,
        count: deck.slides.length,
      };
    },
  };
}
