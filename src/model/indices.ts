/** 0-based position of a slide in the deck's list of shown slides. */
export type SlideIndex = number & { readonly __brand: 'SlideIndex' };
/** 1-based number displayed on a slide (`count: false` slides share the previous number). */
export type SlideNumber = number & { readonly __brand: 'SlideNumber' };

export const slideIndex = (n: number): SlideIndex => n as SlideIndex;
export const slideNumber = (n: number): SlideNumber => n as SlideNumber;

/** What the numbering helpers read of a slide: the number it shows. */
export interface Numbered {
  readonly number: number;
}

/**
 * Whether the slide at `index` has a number of its own, i.e. it is not a `count: false`
 * slide repeating the number of the slide before it. The first slide always has one.
 */
export function ownsNumber(slides: readonly Numbered[], index: number): boolean {
  const slide = slides[index];
  if (slide === undefined) return false;
  return index === 0 || slides[index - 1]?.number !== slide.number;
}

/**
 * The slide a person means by the number shown on the slides (`52` for "52 / 81"): the first
 * slide showing it, i.e. the first step of an incremental slide, never a `count: false` slide
 * that repeats it. Undefined when no slide shows that number. Numbers never decrease along the
 * deck, so this is a binary search.
 */
export function indexOfNumber(slides: readonly Numbered[], number: number): SlideIndex | undefined {
  if (!Number.isInteger(number)) return undefined;
  let low = 0;
  let high = slides.length;
  // The first slide whose number is >= `number`.
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((slides[mid]?.number ?? Number.POSITIVE_INFINITY) < number) low = mid + 1;
    else high = mid;
  }
  return slides[low]?.number === number ? slideIndex(low) : undefined;
}
