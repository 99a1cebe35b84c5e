import type { DeckSummary } from '../model/index.ts';

export type DeckChoice =
  | { readonly kind: 'open'; readonly id: string }
  /** Several decks and none asked for: show the list. */
  | { readonly kind: 'list' }
  /** `?p=` names something the build does not know (a URL, a path, a typo). */
  | { readonly kind: 'unknown'; readonly requested: string }
  | { readonly kind: 'empty' };

/**
 * Picks the deck from `?p=`: only an exact id from the build's manifest is accepted,
 * so URLs and paths can never be loaded.
 */
export function chooseDeck(search: string, decks: readonly DeckSummary[]): DeckChoice {
  const requested = new URLSearchParams(search).get('p');
  if (requested !== null) {
    const match = decks.find((d) => d.id === requested);
    return match ? { kind: 'open', id: match.id } : { kind: 'unknown', requested };
  }
  const [only, ...rest] = decks;
  if (only === undefined) return { kind: 'empty' };
  return rest.length === 0 ? { kind: 'open', id: only.id } : { kind: 'list' };
}
