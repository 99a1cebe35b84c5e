// The deck's faces (italics, code, math) load after the first slide, before any slide that
// uses them is visited, so prepared neighbour slides are laid out once instead of again
// inside a key press.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const MATH_ITALIC = 'italic 1em KaTeX_Math';

describe.runIf(chromiumAvailable())('deck faces', () => {
  const deck = useDeckPage();

  it('load after the first slide, with no math or code slide shown', async () => {
    await deck.open('?p=lecture5.md#1');
    const shown = await deck.page.evaluate(
      () => document.querySelector('.slide-current :is(.katex, code, em)') !== null,
    );
    expect(shown).toBe(false);
    // `fonts.check` is also true while no KaTeX face is declared yet (the math stylesheet
    // arrives after the first slide): wait for the face itself to be declared and loaded.
    await deck.page.waitForFunction(
      (face) =>
        [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'KaTeX_Math') &&
        document.fonts.check(face),
      MATH_ITALIC,
      { timeout: 10_000 },
    );
    const loaded = await deck.page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => `${f.family.replace(/"/g, '')} ${f.style}`),
    );
    expect(loaded).toContain('KaTeX_Math italic');
    expect(loaded).toContain('Ubuntu Mono normal');
    expect(loaded).toContain('Source Sans 3 italic');
    expect(deck.errors).toEqual([]);
  });
});
