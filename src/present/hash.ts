import type { RenderedSlide, SlideIndex } from '../model/index.ts';
import { slideIndex } from '../model/index.ts';

export type HashTarget =
  /** No hash: the default slide. */
  | { readonly kind: 'none' }
  /** `presenter` is true for `#pN` (presenter mode at slide N). */
  | { readonly kind: 'slide'; readonly index: SlideIndex; readonly presenter: boolean }
  /** A hash that names no slide; `label` is the decoded text after `#`. */
  | { readonly kind: 'unknown'; readonly label: string };

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Reads `#N` (1-based position), `#pN` (presenter mode at N) or `#name` against the shown
 * slides. A number that is out of range is unknown; so is a name no slide carries.
 */
export function parseHash(hash: string, slides: readonly RenderedSlide[]): HashTarget {
  const label = decode(hash.replace(/^#/, '')).trim();
  if (label === '') return { kind: 'none' };
  const inRange = (position: number): boolean => position >= 1 && position <= slides.length;
  if (/^[0-9]+$/.test(label)) {
    const position = Number.parseInt(label, 10);
    if (inRange(position))
      return { kind: 'slide', index: slideIndex(position - 1), presenter: false };
    return { kind: 'unknown', label };
  }
  // A slide's own name wins over the `pN` form (a slide may be called `p2`).
  const found = slides.findIndex((s) => s.name === label);
  if (found >= 0) return { kind: 'slide', index: slideIndex(found), presenter: false };
  const presenter = /^p([0-9]+)$/.exec(label);
  const position = presenter ? Number.parseInt(presenter[1] ?? '', 10) : 0;
  if (inRange(position)) return { kind: 'slide', index: slideIndex(position - 1), presenter: true };
  return { kind: 'unknown', label };
}

/** The hash written on every move: the 1-based position, `#pN` in presenter mode. */
export const formatHash = (index: SlideIndex, presenter = false): string =>
  `#${presenter ? 'p' : ''}${index + 1}`;
