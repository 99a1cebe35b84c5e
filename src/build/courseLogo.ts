// Node-only: puts the course logo (slides/course.json, see src/check/courseConfig.ts) on the
// deck's `title-slide` slides, as a decorative image the theme places top-left
// (src/theme/logo.css). Applied by the deck plugin to every rendered deck.
import type { RenderedDeck } from '../model/index.ts';

/** The class of the logo image (src/theme/logo.css). */
export const COURSE_LOGO_CLASS = 'course-logo';
export const TITLE_SLIDE_CLASS = 'title-slide';

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The logo element for a content-root-relative image path (`figures/…`). */
export function courseLogoHtml(logo: string): string {
  const src = escapeAttribute(encodeURI(logo));
  return `<img class="${COURSE_LOGO_CLASS}" src="${src}" alt="" decoding="async">`;
}

/** The deck with the logo first on each title slide; the same deck without a logo. */
export function withCourseLogo(deck: RenderedDeck, logo: string | undefined): RenderedDeck {
  if (logo === undefined) return deck;
  if (!deck.slides.some((s) => s.classes.includes(TITLE_SLIDE_CLASS))) return deck;
  const img = courseLogoHtml(logo);
  return {
    ...deck,
    slides: deck.slides.map((slide) =>
      slide.classes.includes(TITLE_SLIDE_CLASS) ? { ...slide, html: img + slide.html } : slide,
    ),
  };
}
