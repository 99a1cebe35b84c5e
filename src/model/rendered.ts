import type { DeckRatio, LineRange } from './deck.ts';
import type { SlideIndex, SlideNumber } from './indices.ts';
import type { DeckMessage } from './messages.ts';

/** A widget placeholder found in a rendered slide (`<div data-widget="name" …>`). */
export interface WidgetRef {
  readonly name: string;
  /** Unique within the slide; the placeholder element carries it as `data-widget-id`. */
  readonly id: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface RenderedSlide {
  readonly index: SlideIndex;
  readonly number: SlideNumber;
  readonly name?: string;
  readonly classes: readonly string[];
  /** Inline CSS from the background-* properties (already sanitised), may be empty. */
  readonly style: string;
  readonly html: string;
  readonly notesHtml: string;
  readonly incremental: boolean;
  /** Plain text of slide and notes, for search. */
  readonly text: string;
  readonly widgets: readonly WidgetRef[];
  readonly lines: LineRange;
}

export interface RenderedDeck {
  /** The deck's file name under slides/, e.g. `lecture5.md`. */
  readonly id: string;
  readonly title: string;
  /**
   * The first paragraph after the title's h1, as plain text (e.g. «Лекція 5: Згорткові
   * мережі» under «Нейронні мережі»): what tells a course's decks apart on the start page.
   */
  readonly subtitle?: string;
  readonly ratio: DeckRatio;
  readonly total: SlideNumber;
  readonly slides: readonly RenderedSlide[];
  readonly messages: readonly DeckMessage[];
}
