import type { RenderedSlide, SlideIndex } from '../model/index.ts';
import { slideIndex } from '../model/index.ts';

export type HashTarget =
  /** No hash: the default slide. */
  | { readonly kind: 'none' }
  | { readonly kind: 'slide'; readonly index: SlideIndex }
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
 * Reads `#N` (1-based position) or `#name` against the shown slides.
 * A number that is out of range is unknown; so is a name no slide carries.
 */
export function parseHash(hash: string, slides: readonly RenderedSlide[]): HashTarget {
  const label = decode(hash.replace(/^#/, '')).trim();
  if (label === '') return { kind: 'none' };
  if (/^[0-9]+$/.test(label)) {
    const position = Number.parseInt(label, 10);
    if (position >= 1 && position <= slides.length) {
      return { kind: 'slide', index: slideIndex(position - 1) };
    }
    return { kind: 'unknown', label };
  }
  const found = slides.findIndex((s) => s.name === label);
  return found >= 0 ? { kind: 'slide', index: slideIndex(found) } : { kind: 'unknown', label };
}

/** The hash written on every move: the 1-based position. */
export const formatHash = (index: SlideIndex): string => `#${index + 1}`;
