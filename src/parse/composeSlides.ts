import type { ExpansionBudget } from './expansionBudget.ts';
import { createExpansionBudget } from './expansionBudget.ts';
import type { Piece } from './piece.ts';
import {
  emptyPiece,
  expandVariables,
  fillTemplate,
  joinPieces,
  pieceOf,
  variablesUsed,
} from './piece.ts';
import type { PropertyLine } from './readProperties.ts';
import { readProperties, splitClasses } from './readProperties.ts';
import type { Chunk, DeckWarning } from './splitDeck.ts';

/** A slide of the source (shown, layout or excluded) after templates and variables. */
export interface ComposedSlide {
  readonly chunk: Chunk;
  readonly own: readonly PropertyLine[];
  readonly ownProps: Readonly<Record<string, string>>;
  readonly isLayout: boolean;
  readonly shown: boolean;
  /** Index (among composed slides) of the slide it builds on, if any. */
  readonly base?: number;
  readonly properties: Readonly<Record<string, string>>;
  readonly classes: readonly string[];
  /** Composed content before variable expansion (what templates hand down). */
  readonly composed: Piece;
  readonly content: Piece;
  readonly notes?: Piece;
  /** Keys used as `{{key}}` here or in any slide built on this one. */
  readonly used: Set<string>;
  /**
   * Set when the slide would expand beyond the limits (src/parse/limits.ts), itself or
   * through the slide it builds on: it is shown as this message instead.
   */
  readonly tooLarge?: string;
}

const NEVER_INHERITED = new Set(['name', 'layout', 'count', 'exclude', 'template']);

/**
 * Rule 12: resolves `--` continuations, `template:` and layouts, merges properties and
 * classes, places content at `{{content}}` (or after the base content) and expands
 * variables (rule 13). What slides take from the slides they build on is bounded
 * (src/parse/limits.ts); a slide beyond the limits keeps only its own properties and is
 * marked `tooLarge` (and so is every slide built on it), with one error per cause.
 */
export function composeSlides(
  lines: readonly string[],
  chunks: readonly Chunk[],
): { slides: ComposedSlide[]; errors: DeckWarning[] } {
  const slides: ComposedSlide[] = [];
  const errors: DeckWarning[] = [];
  const byName = new Map<string, number>();
  const budget = createExpansionBudget();
  let layout: number | undefined;
  let lastShown: number | undefined;

  chunks.forEach((chunk, ci) => {
    const contentEnd = chunk.notesAt ?? chunk.end;
    const own = readProperties(lines, chunk.start, contentEnd);
    const ownProps: Record<string, string> = {};
    for (const p of own) ownProps[p.key] = p.value;
    const ownContent = contentPiece(lines, chunk, contentEnd, new Set(own.map((p) => p.line)));
    const isLayout = ownProps.layout === 'true';

    let base: number | undefined;
    if (chunk.continued && lastShown !== undefined) {
      base = lastShown;
    } else if (ownProps.template !== undefined && byName.has(ownProps.template)) {
      base = byName.get(ownProps.template);
    } else {
      if (ownProps.template !== undefined) {
        errors.push({
          rule: 'unknown-template',
          message: `Template "${ownProps.template}" is not the name of an earlier slide.`,
          line: own.find((p) => p.key === 'template')!.line,
        });
      }
      if (layout !== undefined && !isLayout && ownProps.layout !== 'false') base = layout;
    }
    // `layout: false` ends the current layout for the following slides, whatever this
    // slide builds on.
    if (ownProps.layout === 'false') layout = undefined;

    const from = base !== undefined ? slides[base] : undefined;
    const rawNotes =
      chunk.notesAt !== undefined
        ? pieceOf(lines.slice(chunk.notesAt + 1, chunk.end), chunk.notesAt + 2)
        : undefined;
    const shown = !isLayout && ownProps.exclude !== 'true';
    const common = {
      chunk,
      own,
      ownProps,
      isLayout,
      shown,
      ...(base !== undefined ? { base } : {}),
    };
    const slide =
      composeOne(from, ownProps, ownContent, rawNotes, chunk.continued, budget, ci) ??
      tooLarge(ownProps, ownContent, rawNotes, budget.failure(ci, base));
    slides.push({ ...common, ...slide });
    if (ownProps.name !== undefined) byName.set(ownProps.name, ci);
    if (isLayout) layout = ci;
    if (shown) lastShown = ci;
  });

  // A key used by a slide counts as used by every slide it builds on.
  for (let i = slides.length - 1; i >= 0; i--) {
    const s = slides[i]!;
    if (s.base !== undefined) for (const k of s.used) slides[s.base]!.used.add(k);
  }
  errors.push(...budget.errors(slides));
  return { slides, errors };
}

type Composition = Omit<
  ComposedSlide,
  'chunk' | 'own' | 'ownProps' | 'isLayout' | 'shown' | 'base'
>;

/** The slide built on `from` (if any), or undefined when it would take too much. */
function composeOne(
  from: ComposedSlide | undefined,
  ownProps: Readonly<Record<string, string>>,
  ownContent: Piece,
  rawNotes: Piece | undefined,
  continued: boolean,
  budget: ExpansionBudget,
  ci: number,
): Composition | undefined {
  if (from?.tooLarge !== undefined) return undefined;
  // Predict what composition takes before building anything.
  let taken = { chars: 0, lines: 0 };
  if (from) {
    const slots = budget.slotsOf(from.composed);
    const copies = Math.max(0, slots.count - 1);
    taken = {
      chars:
        from.composed.text.length +
        copies * ownContent.text.length +
        budget.sizeOf(from.properties),
      lines: from.composed.lines.length + copies * ownContent.lines.length,
    };
  }
  if (!budget.allows(taken, ci)) return undefined;

  const properties: Record<string, string> = {};
  if (from) {
    for (const [k, v] of Object.entries(from.properties)) {
      if (!NEVER_INHERITED.has(k)) properties[k] = v;
    }
  }
  Object.assign(properties, ownProps);
  const classes = [...(from?.classes ?? []), ...splitClasses(ownProps.class)];
  if (classes.length > 0) properties.class = classes.join(', ');
  else delete properties.class;

  // After `--` the text continues on the next line (rule 2); after a template or layout
  // without `{{content}}` the slide's own content starts a new block.
  const composed = from
    ? (fillTemplate(from.composed, ownContent) ?? joinPieces(from.composed, ownContent, !continued))
    : ownContent;
  const room = budget.room(taken);
  const content = expandVariables(composed, properties, room);
  const notes = rawNotes
    ? expandVariables(rawNotes, properties, room - (content?.inserted ?? 0))
    : undefined;
  if (content === undefined || (rawNotes && notes === undefined)) {
    // The work done before giving up counts too (else many such slides add up).
    budget.overflow(taken, ci);
    budget.take({ chars: taken.chars + Math.max(0, room), lines: taken.lines });
    return undefined;
  }
  budget.take({
    chars: taken.chars + content.inserted + (notes?.inserted ?? 0),
    lines: taken.lines,
  });
  const used = variablesUsed(composed.text);
  if (rawNotes) for (const k of variablesUsed(rawNotes.text)) used.add(k);
  return {
    properties,
    classes,
    composed,
    content: content.piece,
    ...(notes ? { notes: notes.piece } : {}),
    used,
  };
}

/** A slide beyond the limits: its own properties, no content (parseDeck shows `tooLarge`). */
function tooLarge(
  ownProps: Readonly<Record<string, string>>,
  ownContent: Piece,
  rawNotes: Piece | undefined,
  message: string,
): Composition {
  const classes = splitClasses(ownProps.class);
  const properties: Record<string, string> = { ...ownProps };
  if (classes.length > 0) properties.class = classes.join(', ');
  else delete properties.class;
  const used = variablesUsed(ownContent.text);
  if (rawNotes) for (const k of variablesUsed(rawNotes.text)) used.add(k);
  const empty = emptyPiece(ownContent.lines[0] ?? 1);
  return {
    properties,
    classes,
    composed: empty,
    content: empty,
    used,
    tooLarge: message,
  };
}

/**
 * The slide's own content lines. Property lines become blank lines so that content line k
 * is source line start + k; after `--` they are dropped so the continuation stays glued.
 */
function contentPiece(
  lines: readonly string[],
  chunk: Chunk,
  contentEnd: number,
  propertyLines: ReadonlySet<number>,
): Piece {
  if (!chunk.continued) {
    const own = lines
      .slice(chunk.start, contentEnd)
      .map((l, k) => (propertyLines.has(chunk.start + k) ? '' : l));
    return own.length > 0 ? pieceOf(own, chunk.start + 1) : emptyPiece(chunk.start + 1);
  }
  const text: string[] = [];
  const numbers: number[] = [];
  for (let i = chunk.start; i < contentEnd; i++) {
    if (propertyLines.has(i)) continue;
    text.push(lines[i]!);
    numbers.push(i + 1);
  }
  return text.length > 0 ? { text: text.join('\n'), lines: numbers } : emptyPiece(chunk.start + 1);
}
