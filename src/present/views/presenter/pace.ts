/**
 * The pace hint: where the lecturer should be by now if the slides were spread evenly over
 * the lecture, compared with where they are. Pure; the words are Ukrainian.
 */

import { countedUk } from '../../../model/pluralUk.ts';

export type Pace =
  /** No hint: the timer has not run, no lecture length is set, or the deck is empty. */
  | { readonly kind: 'none' }
  | { readonly kind: 'on-track' }
  | { readonly kind: 'ahead' | 'behind'; readonly slides: number };

export interface PaceInput {
  readonly elapsedMs: number;
  readonly lengthMs: number;
  /** 0-based position of the current slide: the number of slides already behind. */
  readonly index: number;
  /** Number of slide positions in the deck. */
  readonly count: number;
  /** Differences up to this many slides count as on schedule. */
  readonly tolerance?: number;
}

/** Two slides either way: a lecture never runs exactly evenly. */
export const PACE_TOLERANCE = 2;

/** Expected position = elapsed / length × slide count (capped at the deck's end). */
export function pace(input: PaceInput): Pace {
  const { elapsedMs, lengthMs, index, count } = input;
  const tolerance = input.tolerance ?? PACE_TOLERANCE;
  if (!(lengthMs > 0) || !(elapsedMs > 0) || count <= 0) return { kind: 'none' };
  const expected = Math.min(count, (elapsedMs / lengthMs) * count);
  const difference = index - expected;
  if (Math.abs(difference) <= tolerance) return { kind: 'on-track' };
  const slides = Math.round(Math.abs(difference));
  return { kind: difference > 0 ? 'ahead' : 'behind', slides };
}

/** `1 слайд`, `3 слайди`, `5 слайдів`, `11 слайдів`, `21 слайд`, `22 слайди`. */
export function slidesWord(n: number): string {
  return countedUk(n, ['слайд', 'слайди', 'слайдів']);
}

export function paceText(p: Pace): string {
  switch (p.kind) {
    case 'none':
      return '';
    case 'on-track':
      return 'За графіком';
    case 'ahead':
      return `Випереджаєте на ${slidesWord(p.slides)}`;
    case 'behind':
      return `Відстаєте на ${slidesWord(p.slides)}`;
  }
}
