// Stepping through a whole deck as a lecturer does (→ from the first slide), measuring each
// slide in the page.
import type { DeckPage } from './session.ts';

/**
 * Opens `path` (a deck at its first slide), presses → until the last slide and runs `measure`
 * in the page on each one: one result per slide, in order.
 */
export async function measureEverySlide<R>(
  deck: DeckPage,
  measure: () => R | Promise<R>,
  path = '?p=lecture5.md#1',
): Promise<R[]> {
  await deck.open(path);
  const count = await deck.page.evaluate(() => window.slideshow?.getSlideCount() ?? 0);
  const results: R[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0) await deck.page.keyboard.press('ArrowRight');
    results.push(await deck.page.evaluate(measure));
  }
  return results;
}
