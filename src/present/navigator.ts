import type { SlideIndex } from '../model/index.ts';

/** The narrow interface controllers get: they can move, never touch the deck or the DOM. */
export interface Navigator {
  /** How many slides are shown. */
  readonly count: number;
  readonly index: SlideIndex;
  goTo(index: SlideIndex): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
}
