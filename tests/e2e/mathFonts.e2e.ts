// The math faces load after the first slide, before any math slide is visited, so prepared
// neighbour slides are laid out once instead of again inside a key press.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { type DeckPage, type Session, startSession } from './support/session.ts';

const MATH_ITALIC = 'italic 1em KaTeX_Math';

describe.runIf(chromiumAvailable())('math faces', () => {
  let session: Session;
  let deck: DeckPage;

  beforeAll(async () => {
    session = await startSession();
    deck = await session.newDeckPage();
  });

  afterAll(async () => {
    await deck?.close();
    await session?.close();
  });

  it('load after the first slide of a deck with math, with no math slide shown', async () => {
    await deck.open('?p=lecture5.md#1');
    const shownMath = await deck.page.evaluate(
      () => document.querySelector('.slide-current .katex') !== null,
    );
    expect(shownMath).toBe(false);
    await deck.page.waitForFunction((face) => document.fonts.check(face), MATH_ITALIC, {
      timeout: 10_000,
    });
    const loaded = await deck.page.evaluate(() =>
      [...document.fonts].filter((f) => f.family === 'KaTeX_Math' && f.status === 'loaded'),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(deck.errors).toEqual([]);
  });
});
