import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/index.ts';
import { pageLayout } from '../../src/present/views/print/pageLayout.ts';
import { readPrintOptions } from '../../src/present/views/print/printOptions.ts';
import { printPages } from '../../src/present/views/print/printView.ts';
import { renderDeck } from '../../src/render/index.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/present/steps-deck.md');
const deck = renderDeck(parseDeck(readFileSync(FIXTURE, 'utf8')), { id: 'steps-deck.md' });

describe('print page layout', () => {
  it('sizes a notes-free page exactly as the slide, at the deck ratio, margin 0', () => {
    const four = pageLayout('4:3', false);
    expect(four.css).toBe('@page { size: 908px 681px; margin: 0; }');
    expect(four.width / four.height).toBeCloseTo(4 / 3, 2);
    const wide = pageLayout('16:9', false);
    expect(wide.css).toBe('@page { size: 1210px 681px; margin: 0; }');
    expect(wide.width / wide.height).toBeCloseTo(16 / 9, 2);
    expect(wide.slideScale).toBe(1);
  });

  it('puts notes pages on A4 portrait, the slide spanning the width between margins', () => {
    const layout = pageLayout('16:9', true);
    expect(layout.css).toMatch(/^@page \{ size: 793\.701px 1122\.52px; margin: 45\.354px; \}$/);
    expect(layout.slideScale * 1210).toBeCloseTo(layout.width - 2 * layout.margin, 6);
  });
});

describe('print options', () => {
  it('reads notes and handout flags from the query', () => {
    expect(readPrintOptions('?p=a.md&mode=print')).toEqual({ notes: false, handout: false });
    expect(readPrintOptions('?p=a.md&mode=print&notes')).toEqual({ notes: true, handout: false });
    expect(readPrintOptions('?print-notes=1&handout=yes')).toEqual({ notes: true, handout: true });
    expect(readPrintOptions('?notes=0&handout=false')).toEqual({ notes: false, handout: false });
  });
});

describe('print pages', () => {
  it('prints every slide, or the handout: `--` steps collapsed, unnumbered slides left out', () => {
    expect(printPages(deck, false).map((p) => p.slide.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const handout = printPages(deck, true);
    expect(handout.map((p) => p.slide.index)).toEqual([0, 3, 5]);
    expect(handout[1]?.notesHtml).toContain('Step notes');
  });
});
