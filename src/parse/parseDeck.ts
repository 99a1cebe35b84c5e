import type { Deck, DeckMessage, DeckRatio, LinkDefinition, Slide } from '../model/index.ts';
import { slideIndex, slideNumber } from '../model/index.ts';
import type { ComposedSlide } from './composeSlides.ts';
import { composeSlides } from './composeSlides.ts';
import type { LexContext } from './lexContent.ts';
import { lexContent } from './lexContent.ts';
import type { Macro } from './macros.ts';
import { BUILT_IN_MACROS } from './macros.ts';
import { normalizeSource } from './normalizeSource.ts';
import { propertyWarnings } from './propertyWarnings.ts';
import type { DefinitionLine } from './splitDeck.ts';
import { splitDeck } from './splitDeck.ts';

export type { Macro } from './macros.ts';

export interface ParseOptions {
  /** Macros by name; merged over the built-in ones. */
  readonly macros?: Readonly<Record<string, Macro>>;
}

/**
 * Parses a Remark-style deck (rules 1–16, 22, 23 of remark-syntax.md). Pure; never
 * throws: problems come back as messages, and the deck always has at least one slide.
 */
export function parseDeck(source: string, options: ParseOptions = {}): Deck {
  try {
    return parse(typeof source === 'string' ? source : String(source), options);
  } catch (error) {
    // A bug of ours must not take the deck down: show the source as one slide.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      slides: [emptySlide([{ kind: 'text', text: String(source) }])],
      links: {},
      ratio: '4:3',
      total: slideNumber(1),
      messages: [{ severity: 'error', rule: 'parse-failed', message: `Parser failure: ${reason}` }],
    };
  }
}

function parse(source: string, options: ParseOptions): Deck {
  const text = normalizeSource(source);
  const lines = text.split('\n');
  // A final newline does not start another line.
  const realLineCount = Math.max(1, text.endsWith('\n') ? lines.length - 1 : lines.length);
  const split = splitDeck(text, lines.length);
  const { slides: composed, errors } = composeSlides(lines, split.chunks);

  const messages: DeckMessage[] = [];
  const seen = new Set<string>();
  const push = (m: DeckMessage) => {
    const key = `${m.rule}\u0000${m.line ?? ''}\u0000${m.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    messages.push(m);
  };

  const shownIndex: number[] = [];
  let shownCount = 0;
  for (const s of composed) shownIndex.push(s.shown ? shownCount++ : -1);
  const chunkOfLine = new Int32Array(lines.length);
  split.chunks.forEach((c, ci) => {
    for (let l = Math.max(0, c.start - 1); l < c.end; l++) chunkOfLine[l] = ci;
  });
  const at = (line0: number): { slide?: number; line: number } => {
    const index = shownIndex[chunkOfLine[line0] ?? 0] ?? -1;
    return index >= 0 ? { slide: index, line: line0 + 1 } : { line: line0 + 1 };
  };

  for (const w of split.warnings) {
    push({ severity: 'warning', rule: w.rule, message: w.message, ...at(w.line) });
  }
  for (const e of errors)
    push({ severity: 'error', rule: e.rule, message: e.message, ...at(e.line) });
  for (const w of propertyWarnings(composed)) {
    push({ severity: 'warning', rule: w.rule, message: w.message, ...at(w.line) });
  }

  const macros: Readonly<Record<string, Macro>> = { ...BUILT_IN_MACROS, ...options.macros };
  const slides: Slide[] = [];
  const deckClasses = { count: 0, warned: false };
  let number = 0;
  for (const s of composed) {
    if (!s.shown) continue;
    const index = slides.length;
    const context: LexContext = {
      macros,
      report: (p) => push({ ...p, slide: index }),
      classes: { slide: 0, deck: deckClasses },
    };
    if (s.ownProps.count !== 'false' || number === 0) number++;
    slides.push(toSlide(s, index, number, realLineCount, context));
  }
  if (slides.length === 0) slides.push(emptySlide([]));

  return {
    slides,
    links: collectLinks(split.definitions),
    ratio: deckRatio(composed, push),
    total: slides[slides.length - 1]!.number,
    messages,
  };
}

function toSlide(
  s: ComposedSlide,
  index: number,
  number: number,
  lineCount: number,
  context: LexContext,
): Slide {
  const start = Math.min(s.chunk.start + 1, lineCount);
  const name = s.ownProps.name;
  return {
    index: slideIndex(index),
    number: slideNumber(number),
    ...(name !== undefined ? { name } : {}),
    classes: s.classes,
    properties: s.properties,
    content:
      s.tooLarge !== undefined
        ? [{ kind: 'error', message: s.tooLarge, source: s.tooLarge, line: start }]
        : lexContent(s.content, context),
    notes: s.notes ? lexContent(s.notes, context) : [],
    incremental: s.chunk.continued,
    lines: { start, end: Math.max(start, Math.min(s.chunk.end, lineCount)) },
  };
}

function emptySlide(content: Slide['content']): Slide {
  return {
    index: slideIndex(0),
    number: slideNumber(1),
    classes: [],
    properties: {},
    content,
    notes: [],
    incremental: false,
    lines: { start: 1, end: 1 },
  };
}

/** Rule 22: definitions apply deck-wide; ids are case-insensitive; the first one wins. */
function collectLinks(definitions: readonly DefinitionLine[]): Record<string, LinkDefinition> {
  const links: Record<string, LinkDefinition> = {};
  for (const d of definitions) {
    const id = d.id.trim().replace(/\s+/g, ' ').toLowerCase();
    if (id === '' || Object.hasOwn(links, id)) continue;
    links[id] = { url: d.url, ...(d.title !== undefined ? { title: d.title } : {}) };
  }
  return links;
}

/** `ratio: 16:9` on the first slide (or the first layout) sets the deck's ratio. */
function deckRatio(composed: readonly ComposedSlide[], push: (m: DeckMessage) => void): DeckRatio {
  const first = composed[0];
  const layout = composed.find((s) => s.isLayout);
  const owner = [first, layout].find((s) => s?.ownProps.ratio !== undefined);
  const value = owner?.ownProps.ratio;
  if (value === undefined || value === '4:3') return '4:3';
  if (value === '16:9') return '16:9';
  const line = owner!.own.find((p) => p.key === 'ratio')!.line + 1;
  push({
    severity: 'warning',
    rule: 'invalid-ratio',
    message: `Ratio "${value}" is not supported (use 4:3 or 16:9); using 4:3.`,
    line,
  });
  return '4:3';
}
