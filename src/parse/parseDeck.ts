// TEMPORARY STUB: replaced by the real parser (rules 1–16, 22, 23 of remark-syntax.md).
import type { Deck, Slide } from '../model/index.ts';
import { slideIndex, slideNumber } from '../model/index.ts';

/** A macro `![:name a, b](target)` returns markdown. */
export type Macro = (args: readonly string[], target: string) => string;

export interface ParseOptions {
  /** Macros by name; merged over the built-in ones. */
  readonly macros?: Readonly<Record<string, Macro>>;
}

export function parseDeck(source: string, _options: ParseOptions = {}): Deck {
  const parts = source.replace(/\r\n?/g, '\n').split(/^---$/m);
  const slides: Slide[] = parts.map((text, i) => ({
    index: slideIndex(i),
    number: slideNumber(i + 1),
    classes: [],
    properties: {},
    content: [{ kind: 'text', text }],
    notes: [],
    incremental: false,
    lines: { start: 1, end: 1 },
  }));
  return { slides, links: {}, ratio: '4:3', total: slideNumber(slides.length), messages: [] };
}
