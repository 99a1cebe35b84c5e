import { describe, expect, it } from 'vitest';
import type { RenderedSlide } from '../../src/model/index.ts';
import { searchSlides } from '../../src/present/search.ts';
import { deckOf } from './fixtures.ts';

const slidesWith = (texts: readonly string[]): RenderedSlide[] =>
  deckOf(texts.length).slides.map((slide, i) => ({ ...slide, text: texts[i] ?? '' }));

describe('searchSlides', () => {
  const slides = slidesWith([
    'Згорткові нейронні мережі',
    'Шар Conv2D: фільтри   і\nкарти ознак. Нотатки: ЗГОРТКА знаходить краї',
    'Пулінг (MaxPooling2D)',
  ]);

  it('ignores case with Ukrainian letters and finds text in notes', () => {
    const hits = searchSlides(slides, 'згортк');
    expect(hits.map((h) => h.index)).toEqual([0, 1]);
    expect(hits[1]?.match).toBe('ЗГОРТК');
  });

  it('matches across runs of whitespace and splits the snippet around the match', () => {
    const [hit] = searchSlides(slides, 'фільтри і карти');
    expect(hit?.index).toBe(1);
    expect(`${hit?.before}[${hit?.match}]${hit?.after}`).toContain(
      'Conv2D: [фільтри і карти] ознак',
    );
  });

  it('shortens long snippets with ellipses', () => {
    const long = slidesWith([`${'а'.repeat(100)} ціль ${'б'.repeat(100)}`]);
    const [hit] = searchSlides(long, 'ціль');
    expect(hit?.before.startsWith('…')).toBe(true);
    expect(hit?.after.endsWith('…')).toBe(true);
    expect(hit?.before.length).toBeLessThan(50);
  });

  it('finds nothing for an empty query or a missing word', () => {
    expect(searchSlides(slides, '   ')).toEqual([]);
    expect(searchSlides(slides, 'трансформер')).toEqual([]);
  });

  it('reports the slide number shown on the slide', () => {
    expect(searchSlides(slides, 'pooling')[0]?.number).toBe(3);
  });
});
