import { describe, expect, it } from 'vitest';
import { slideIndex } from '../../src/model/index.ts';
import {
  type SearchHit,
  type SearchSegment,
  type SearchSource,
  searchSlides,
  textSource,
} from '../../src/present/search.ts';

const textSlides = (texts: readonly string[]): SearchSource[] =>
  texts.map((text, i) => textSource(slideIndex(i), text));

const text = (t: string): SearchSegment => ({ kind: 'text', text: t });
const math = (tex: string): SearchSegment => ({ kind: 'math', tex });

/** A hit written out: matched parts in [brackets], formulas as ⟦tex⟧, cut ends as `…`. */
const show = (hit: SearchHit | undefined): string => {
  if (hit === undefined) return '(no hit)';
  const body = hit.pieces
    .map((p) => {
      const shown = p.kind === 'math' ? `⟦${p.tex}⟧` : p.text;
      return p.hit ? `[${shown}]` : shown;
    })
    .join('');
  return `${hit.more.before ? '…' : ''}${body}${hit.more.after ? '…' : ''}`;
};

describe('searchSlides', () => {
  const slides = textSlides([
    'Згорткові нейронні мережі',
    'Шар Conv2D: фільтри   і\nкарти ознак. Нотатки: ЗГОРТКА знаходить краї',
    'Пулінг (MaxPooling2D)',
  ]);

  it('ignores case with Ukrainian letters and finds text in notes', () => {
    const hits = searchSlides(slides, 'згортк');
    expect(hits.map((h) => h.index)).toEqual([0, 1]);
    expect(show(hits[1])).toContain('[ЗГОРТК]');
  });

  it('matches across runs of whitespace and marks the match in the snippet', () => {
    const [hit] = searchSlides(slides, 'фільтри і карти');
    expect(hit?.index).toBe(1);
    expect(show(hit)).toContain('Conv2D: [фільтри і карти] ознак');
  });

  it('shortens long snippets with ellipses', () => {
    const long = textSlides([`${'а'.repeat(100)} ціль ${'б'.repeat(100)}`]);
    const shown = show(searchSlides(long, 'ціль')[0]);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.indexOf('[')).toBeLessThan(45);
  });

  it('cuts snippets between words', () => {
    const sentence =
      'перше друге третє четверте пʼяте шосте сьоме восьме ціль девʼяте десяте одинадцяте дванадцяте тринадцяте';
    const shown = show(searchSlides(textSlides([sentence]), 'ціль')[0]);
    expect(shown).toMatch(/^….*\[ціль\].*…$/);
    const words = sentence.split(' ');
    for (const word of shown.replace(/[…[\]]/g, '').split(' ')) expect(words).toContain(word);
  });

  it('finds nothing for an empty query or a missing word', () => {
    expect(searchSlides(slides, '   ')).toEqual([]);
    expect(searchSlides(slides, 'трансформер')).toEqual([]);
  });

  it('returns the slide index, from which the view shows the slide number', () => {
    expect(searchSlides(slides, 'pooling')[0]?.index).toBe(2);
  });

  describe('formulas', () => {
    const convolution: SearchSource = {
      index: slideIndex(0),
      segments: [
        text('Згортка (convolution) '),
        math('\\boxed{(f*g)(x) = \\int f(z)g(x - z) \\, dz}'),
        text(' Тобто ми вимірюємо перекриття між функціями'),
      ],
    };

    it('finds a word next to a formula and keeps the formula whole, not as cut TeX', () => {
      const [hit] = searchSlides([convolution], 'тобто');
      expect(show(hit)).toBe(
        '…⟦\\boxed{(f*g)(x) = \\int f(z)g(x - z) \\, dz}⟧ [Тобто] ми вимірюємо перекриття між функціями',
      );
      expect(hit?.pieces.find((p) => p.kind === 'math')).toMatchObject({ segment: 1, hit: false });
    });

    it('marks the whole formula when the query is in its TeX', () => {
      const [hit] = searchSlides([convolution], '\\int');
      const formula = hit?.pieces.find((p) => p.kind === 'math');
      expect(formula).toMatchObject({ segment: 1, hit: true });
      expect(hit?.pieces.filter((p) => p.hit)).toHaveLength(1);
    });

    it('marks text and formula when the match spans both', () => {
      const [hit] = searchSlides([convolution], 'convolution) \\boxed');
      expect(hit?.pieces.filter((p) => p.hit).map((p) => p.kind)).toEqual(['text', 'math']);
      expect(show(hit)).toContain('Згортка ([convolution) ][⟦');
    });

    it('drops formulas outside the snippet and skips empty ones', () => {
      const far: SearchSource = {
        index: slideIndex(3),
        segments: [math('a^2'), text(` ${'x'.repeat(80)} ціль`), math('   ')],
      };
      const [hit] = searchSlides([far], 'ціль');
      expect(hit?.pieces.some((p) => p.kind === 'math')).toBe(false);
      expect(show(hit).startsWith('…')).toBe(true);
      expect(show(hit).endsWith('[ціль]')).toBe(true);
    });
  });
});
