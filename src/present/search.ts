import type { SlideIndex } from '../model/index.ts';

/**
 * A slide's searchable content in reading order: text, and formulas searched by their TeX
 * source but shown typeset (the view keeps the typeset element for each math segment).
 */
export type SearchSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'math'; readonly tex: string };

export interface SearchSource {
  readonly index: SlideIndex;
  readonly segments: readonly SearchSegment[];
}

/**
 * A part of a result's snippet: a piece of a text segment, or a whole formula (`segment` is
 * its position in the source's `segments`); `hit` marks the part(s) the query matched.
 */
export type SnippetPiece = (
  | Extract<SearchSegment, { kind: 'text' }>
  | (Extract<SearchSegment, { kind: 'math' }> & { readonly segment: number })
) & { readonly hit: boolean };

export interface SearchHit {
  readonly index: SlideIndex;
  /** The snippet around the first match; never cuts a formula in two. */
  readonly pieces: readonly SnippetPiece[];
  /** The slide has content before / after the snippet (shown as `…`). */
  readonly more: { readonly before: boolean; readonly after: boolean };
}

const LOCALE = 'uk';
const CONTEXT_CHARS = 40;
/** How far a snippet's edge may move to the nearest space so it does not cut a word. */
const WORD_SLACK = 15;

const fold = (text: string): string => text.toLocaleLowerCase(LOCALE);
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Plain text (e.g. `RenderedSlide.text`) as one text segment. */
export const textSource = (index: SlideIndex, text: string): SearchSource => ({
  index,
  segments: [{ kind: 'text', text }],
});

interface Span {
  readonly segment: number;
  readonly start: number;
  readonly end: number;
}

/** The segments as one string with runs of whitespace collapsed, and where each one sits. */
function flatten(segments: readonly SearchSegment[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  segments.forEach((segment, i) => {
    const start = text.length;
    if (segment.kind === 'math') {
      const tex = squash(segment.tex);
      if (tex === '') return;
      text += tex;
    } else {
      for (const char of segment.text.replace(/\s+/g, ' ')) {
        // One space between words, none at the start.
        if (char === ' ' && (text === '' || text.endsWith(' '))) continue;
        text += char;
      }
    }
    if (text.length > start) spans.push({ segment: i, start, end: text.length });
  });
  return { text, spans };
}

/** Where `needle` (already folded) is in `text`, ignoring case by Ukrainian rules. */
function locate(text: string, needle: string, query: string): number {
  const folded = fold(text);
  // Lower-casing keeps the length for Cyrillic and Latin, so positions map back.
  if (folded.length === text.length) return folded.indexOf(needle);
  return text.indexOf(query);
}

/** The snippet's pieces for the window [from, to) around the match [at, end). */
function snippet(
  segments: readonly SearchSegment[],
  text: string,
  spans: readonly Span[],
  window: { from: number; to: number; at: number; end: number },
): SnippetPiece[] {
  const { from, to, at, end } = window;
  const pieces: SnippetPiece[] = [];
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const segment = segments[span.segment];
    if (segment?.kind === 'math') {
      const hit = span.start < end && span.end > at;
      pieces.push({ kind: 'math', segment: span.segment, tex: segment.tex, hit });
      continue;
    }
    // A text segment: clipped to the window, split at the match's edges.
    const lo = Math.max(from, span.start);
    const hi = Math.min(to, span.end);
    const clamp = (x: number): number => Math.min(hi, Math.max(lo, x));
    const cuts = [lo, clamp(at), clamp(end), hi];
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const a = cuts[i] ?? lo;
      const b = cuts[i + 1] ?? hi;
      if (b <= a) continue;
      const hit = a >= at && b <= end;
      const last = pieces[pieces.length - 1];
      const part = text.slice(a, b);
      if (last?.kind === 'text' && last.hit === hit) {
        pieces[pieces.length - 1] = { ...last, text: last.text + part };
      } else pieces.push({ kind: 'text', text: part, hit });
    }
  }
  const first = pieces[0];
  if (first?.kind === 'text' && !first.hit) pieces[0] = { ...first, text: first.text.trimStart() };
  const last = pieces[pieces.length - 1];
  if (last?.kind === 'text' && !last.hit) {
    pieces[pieces.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return pieces;
}

/**
 * Finds `query` in every slide's content (slide and notes), ignoring case (Ukrainian rules)
 * and runs of whitespace; formulas are searched by their TeX source. One hit per slide, in
 * slide order, with a snippet of about 40 characters either side of the match.
 */
export function searchSlides(
  sources: readonly SearchSource[],
  query: string,
  limit = 200,
): SearchHit[] {
  const needle = fold(squash(query));
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  for (const source of sources) {
    const { text, spans } = flatten(source.segments);
    const at = locate(text, needle, squash(query));
    if (at < 0) continue;
    const end = at + needle.length;
    let from = Math.max(0, at - CONTEXT_CHARS);
    let to = Math.min(text.length, end + CONTEXT_CHARS);
    // Whole words at the edges.
    if (from > 0 && text[from - 1] !== ' ') {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space < at && space - from <= WORD_SLACK) from = space + 1;
    }
    if (to < text.length && text[to] !== ' ') {
      const space = text.lastIndexOf(' ', to);
      if (space >= end && to - space <= WORD_SLACK) to = space;
    }
    // A formula at the window's edge is shown whole.
    for (const span of spans) {
      if (source.segments[span.segment]?.kind !== 'math') continue;
      if (span.start < from && span.end > from) from = span.start;
      if (span.start < to && span.end > to) to = span.end;
    }
    hits.push({
      index: source.index,
      pieces: snippet(source.segments, text, spans, { from, to, at, end }),
      more: { before: text.slice(0, from).trim() !== '', after: text.slice(to).trim() !== '' },
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
