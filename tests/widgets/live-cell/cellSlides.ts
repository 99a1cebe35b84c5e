import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDeck } from '../../../src/parse/index.ts';
import { renderDeck } from '../../../src/render/index.ts';

/** `#N` of each live cell in a deck (1-based position of its slide), read from the markdown. */
export function liveCellSlides(deck = 'lecture5.md'): ReadonlyMap<string, number> {
  const source = readFileSync(resolve(import.meta.dirname, '../../../slides', deck), 'utf8');
  const rendered = renderDeck(parseDeck(source), { id: deck, fileExists: () => true });
  const out = new Map<string, number>();
  for (const slide of rendered.slides) {
    for (const w of slide.widgets) {
      const cell = w.params.cell;
      if (w.name === 'live-cell' && cell !== undefined && !out.has(cell)) {
        out.set(cell, Number(slide.index) + 1);
      }
    }
  }
  return out;
}
