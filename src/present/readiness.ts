import type { RenderedDeck } from '../model/index.ts';
import { layOutDocument } from './lifecycle.ts';

/** Rendered KaTeX output carries this class. */
const KATEX = /class="katex/;

/**
 * Whether rendered HTML (a slide's or its notes') shows math, and so needs the KaTeX
 * stylesheet and faces. The one place that knows what rendered math looks like.
 */
export const hasMath = (html: string): boolean => KATEX.test(html);

/** Whether any slide or note of the deck shows math. */
export const deckHasMath = (deck: RenderedDeck): boolean =>
  deck.slides.some((s) => hasMath(s.html) || hasMath(s.notesHtml));

/**
 * The shown content is laid out (which requests the fonts it uses) and those fonts are
 * loaded. Layout is forced here rather than waiting for a frame: readiness is about content
 * and fonts, not about when the compositor draws its first frame.
 */
export async function fontsReady(win: Window): Promise<void> {
  layOutDocument(win.document);
  await win.document.fonts.ready;
}

/**
 * For views that lay out the whole deck (review, print): the math stylesheet is in when
 * any slide needs it, what is shown is laid out and its fonts are loaded.
 */
export async function wholeDeckReady(
  win: Window,
  deck: RenderedDeck,
  mathStyles: (() => Promise<unknown>) | undefined,
): Promise<void> {
  // Always yields first: a caller may start this before it builds the view.
  await (mathStyles !== undefined && deckHasMath(deck) ? mathStyles() : Promise.resolve());
  await fontsReady(win);
}
