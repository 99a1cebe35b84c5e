import type { DeckRatio } from './deck.ts';
import type { SlideNumber } from './indices.ts';

/** What the build knows about one deck before its slides are loaded. */
export interface DeckSummary {
  /** The deck's file name under slides/, e.g. `lecture5.md`. */
  readonly id: string;
  readonly title: string;
  /** See RenderedDeck.subtitle. */
  readonly subtitle?: string;
  readonly ratio: DeckRatio;
  /** The last slide's number. */
  readonly total: SlideNumber;
  /** How many slides are shown (positions 1…count). */
  readonly count: number;
}
