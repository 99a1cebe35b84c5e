// One session (preview server + browser) and one deck page for the enclosing `describe`
// block: started before its tests, closed after them.
import { afterAll, beforeAll } from 'vitest';
import { type DeckPage, type Session, startSession } from './session.ts';

export interface DeckPageOptions {
  readonly viewport?: { width: number; height: number };
  /** Emulates `prefers-reduced-motion: reduce` (widgets then do not play by themselves). */
  readonly reducedMotion?: boolean;
}

/** The block's deck page, and its session for more pages (each in a fresh browser context). */
export interface SessionDeckPage extends DeckPage {
  readonly session: Session;
}

/**
 * Call inside a `describe` block; the returned page is usable inside its tests and hooks
 * (it throws when touched before the block's `beforeAll` has run). Hooks the block adds
 * after this call run after the page opens, and their `afterAll` before it closes.
 */
export function useDeckPage(options: DeckPageOptions = {}): SessionDeckPage {
  let session: Session | undefined;
  let deck: DeckPage | undefined;
  beforeAll(async () => {
    session = await startSession();
    deck = await session.newDeckPage(options.viewport);
    if (options.reducedMotion === true) await deck.page.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await deck?.close();
    await session?.close();
  });
  const current = (): DeckPage => {
    if (deck === undefined) throw new Error('the deck page opens in beforeAll: use it in tests');
    return deck;
  };
  return {
    get session() {
      if (session === undefined)
        throw new Error('the session starts in beforeAll: use it in tests');
      return session;
    },
    get page() {
      return current().page;
    },
    get errors() {
      return current().errors;
    },
    open: (path) => current().open(path),
    close: () => current().close(),
  };
}
