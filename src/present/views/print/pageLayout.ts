import type { DeckRatio } from '../../../model/index.ts';
import { SLIDE_SIZE } from '../slideDom.ts';

/** A printed page's size and where the slide sits on it, in CSS px (96 per inch). */
export interface PageLayout {
  readonly width: number;
  readonly height: number;
  /** The `@page` rule for this layout. */
  readonly css: string;
  /** Scale of the slide (laid out at the deck's reference size) on the page. */
  readonly slideScale: number;
  /** Page margin around the content. */
  readonly margin: number;
}

const MM = 96 / 25.4;
/** A4 portrait, for slides with their notes underneath. */
const A4 = Object.freeze({ width: 210 * MM, height: 297 * MM });
const NOTES_MARGIN = 12 * MM;

const px = (n: number): string => `${Number(n.toFixed(3))}px`;

/**
 * Without notes a page is exactly one slide at the deck's ratio (4:3 or 16:9) and reference
 * size, margin 0. With notes the page is A4 portrait: the slide spans the width between the
 * margins (keeping its ratio) and the notes follow under it.
 */
export function pageLayout(ratio: DeckRatio, notes: boolean): PageLayout {
  const slide = SLIDE_SIZE[ratio];
  if (!notes) {
    return {
      width: slide.width,
      height: slide.height,
      css: `@page { size: ${px(slide.width)} ${px(slide.height)}; margin: 0; }`,
      slideScale: 1,
      margin: 0,
    };
  }
  return {
    width: A4.width,
    height: A4.height,
    css: `@page { size: ${px(A4.width)} ${px(A4.height)}; margin: ${px(NOTES_MARGIN)}; }`,
    slideScale: (A4.width - 2 * NOTES_MARGIN) / slide.width,
    margin: NOTES_MARGIN,
  };
}
