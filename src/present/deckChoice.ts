import { isDeckId } from '../model/deckId.ts';
import { displayText } from '../model/displayText.ts';
import type { DeckSummary } from '../model/index.ts';

export type DeckChoice =
  | { readonly kind: 'open'; readonly id: string }
  /** Several decks and none asked for: show the list. */
  | { readonly kind: 'list' }
  /**
   * `?p=` names something the build does not know (a URL, a path, a typo); `requested` is
   * that value made safe to show (see `displayRequested`).
   */
  | { readonly kind: 'unknown'; readonly requested: string }
  | { readonly kind: 'empty' };

/**
 * Picks the deck from `?p=`: only an exact id from the build's manifest is accepted (and only
 * if it is a plain file name), so URLs, paths and encoded tricks can never be loaded. The
 * value is compared after URL decoding exactly once (as `URLSearchParams` does); anything
 * still encoded, repeated or ambiguous is refused.
 */
export function chooseDeck(search: string, decks: readonly DeckSummary[]): DeckChoice {
  const params = new URLSearchParams(search);
  const all = params.getAll('p');
  if (all.length > 0) {
    const [first] = all;
    const unknown = { kind: 'unknown', requested: displayRequested(all.join(', ')) } as const;
    if (first === undefined || all.some((p) => p !== first) || !isDeckId(first)) {
      return unknown;
    }
    const match = decks.find((d) => d.id === first && isDeckId(d.id));
    return match ? { kind: 'open', id: match.id } : unknown;
  }
  const [only, ...rest] = decks;
  if (only === undefined) return { kind: 'empty' };
  return rest.length === 0 ? { kind: 'open', id: only.id } : { kind: 'list' };
}

/** Longest requested value shown back to the reader. */
const MAX_SHOWN = 80;

/**
 * The requested value as it may be shown in a message: control and bidi-override characters
 * replaced (they could disguise the text), long values shortened.
 */
export function displayRequested(requested: string): string {
  return displayText(requested, MAX_SHOWN);
}
