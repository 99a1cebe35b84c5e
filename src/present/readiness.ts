import type { RenderedDeck } from '../model/index.ts';
import { layOutDocument } from './lifecycle.ts';

/** Rendered KaTeX output carries this class. */
const HAS_MATH = /class="katex/;

/** Whether any slide or note of the deck shows math (and so needs the KaTeX stylesheet). */
export const deckHasMath = (deck: RenderedDeck): boolean =>
  deck.slides.some((s) => HAS_MATH.test(s.html) || HAS_MATH.test(s.notesHtml));

/**
 * For views that lay out the whole deck (review, print): the math stylesheet is in when
 * any slide needs it, what is shown is laid out (which requests the fonts it uses) and those
 * fonts are loaded.
 */
export async function wholeDeckReady(
  win: Window,
  deck: RenderedDeck,
  mathStyles: (() => Promise<unknown>) | undefined,
): Promise<void> {
  // Always yields first: a caller may start this before it builds the view.
  await (mathStyles !== undefined && deckHasMath(deck) ? mathStyles() : Promise.resolve());
  layOutDocument(win.document);
  await win.document.fonts.ready;
}
