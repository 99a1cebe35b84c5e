import type { RenderedSlide, SlideIndex } from '../model/index.ts';

export interface SearchHit {
  readonly index: SlideIndex;
  /** The slide's shown number (`current / total`). */
  readonly number: number;
  /** The snippet around the first match, split so the match can be highlighted. */
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

const LOCALE = 'uk';
const CONTEXT_CHARS = 40;

const fold = (text: string): string => text.toLocaleLowerCase(LOCALE);
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Finds `query` in every slide's text (slide and notes), ignoring case (Ukrainian rules) and
 * runs of whitespace. One hit per slide, in slide order.
 */
export function searchSlides(
  slides: readonly RenderedSlide[],
  query: string,
  limit = 200,
): SearchHit[] {
  const needle = fold(squash(query));
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  for (const slide of slides) {
    const text = squash(slide.text);
    // Lower-casing keeps the length for Cyrillic and Latin, so positions map back.
    const folded = fold(text);
    const at = folded.length === text.length ? folded.indexOf(needle) : -1;
    const found = at >= 0 ? at : text.indexOf(query.trim());
    if (found < 0) continue;
    const end = found + needle.length;
    const from = Math.max(0, found - CONTEXT_CHARS);
    const to = Math.min(text.length, end + CONTEXT_CHARS);
    hits.push({
      index: slide.index,
      number: slide.number,
      before: (from > 0 ? '…' : '') + text.slice(from, found),
      match: text.slice(found, end),
      after: text.slice(end, to) + (to < text.length ? '…' : ''),
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
