import type { SlideIndex, SlideNumber } from './indices.ts';
import type { DeckMessage } from './messages.ts';

/** 1-based, inclusive range of source lines in the deck file. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Slide content after the Remark-specific lexing: markdown text interleaved with
 * content classes (`.a.b[ … ]`), math (already protected from markdown) and errors.
 */
export type Content = readonly ContentNode[];

export type ContentNode =
  /** Markdown source text (may contain raw HTML, fences, link references). */
  | { readonly kind: 'text'; readonly text: string }
  /** `.a.b[ … ]`: `block` when the content holds a newline (div), else inline (span). */
  | {
      readonly kind: 'class';
      readonly classes: readonly string[];
      readonly block: boolean;
      readonly children: Content;
      readonly line: number;
    }
  /** `$…$`, `$$…$$`, `\(…\)`, `\[…\]`; `tex` has the marked-escapes of rule 18 removed. */
  | {
      readonly kind: 'math';
      readonly tex: string;
      readonly display: boolean;
      readonly line: number;
    }
  /** Something that could not be read (e.g. an unknown macro): shown in place as an error. */
  | {
      readonly kind: 'error';
      readonly message: string;
      readonly source: string;
      readonly line: number;
    };

/** A deck-wide link reference definition `[id]: url "title"` (ids are lower-cased). */
export interface LinkDefinition {
  readonly url: string;
  readonly title?: string;
}

export type DeckRatio = '4:3' | '16:9';

export interface Slide {
  readonly index: SlideIndex;
  readonly number: SlideNumber;
  /** `name:` property, reachable as `#name`. */
  readonly name?: string;
  /** Classes after inheritance: template/layout classes then the slide's own. */
  readonly classes: readonly string[];
  /** Every property after inheritance (known ones and variables), `class`/`name` included. */
  readonly properties: Readonly<Record<string, string>>;
  readonly content: Content;
  readonly notes: Content;
  /** Created by a `--` line (continues the previous slide). */
  readonly incremental: boolean;
  /** Where the slide's own text sits in the source. */
  readonly lines: LineRange;
}

export interface Deck {
  readonly slides: readonly Slide[];
  readonly links: Readonly<Record<string, LinkDefinition>>;
  readonly ratio: DeckRatio;
  /** The last slide's number (count: false slides do not add to it). */
  readonly total: SlideNumber;
  readonly messages: readonly DeckMessage[];
}
