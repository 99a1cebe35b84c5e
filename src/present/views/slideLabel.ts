import { type Numbered, ownsNumber } from '../../model/index.ts';

/**
 * How a slide is named in the overview and in search results: by the number shown on it
 * (`Слайд 52` for "52 / 81", which is what digits then Enter go to). A `count: false` slide
 * repeats the number of the slide before it, so it is marked as having none of its own.
 */
export function slideLabel(slides: readonly Numbered[], index: number): string {
  const number = slides[index]?.number;
  if (number === undefined) return '';
  return ownsNumber(slides, index) ? `Слайд ${number}` : `Без номера (після слайда ${number})`;
}
