import { describe, expect, it } from 'vitest';
import { courseLogoHtml, withCourseLogo } from '../../src/build/courseLogo.ts';
import type { RenderedDeck, RenderedSlide } from '../../src/model/index.ts';
import { slideIndex, slideNumber } from '../../src/model/index.ts';

const slide = (i: number, classes: string[]): RenderedSlide =>
  ({
    index: slideIndex(i),
    number: slideNumber(i + 1),
    classes,
    style: '',
    html: `<h1>Slide ${i + 1}</h1>`,
    notesHtml: '',
    incremental: false,
    text: '',
    widgets: [],
    lines: { start: 1, end: 1 },
  }) as RenderedSlide;

const deck: RenderedDeck = {
  id: 'a.md',
  title: 'Slide 1',
  ratio: '4:3',
  total: slideNumber(3),
  slides: [slide(0, ['middle', 'title-slide']), slide(1, []), slide(2, ['title-slide'])],
  messages: [],
};

describe('withCourseLogo', () => {
  it('puts the logo first on title slides only', () => {
    const withLogo = withCourseLogo(deck, 'figures/logo.svg');
    const img = '<img class="course-logo" src="figures/logo.svg" alt="" decoding="async">';
    expect(withLogo.slides.map((s) => s.html)).toEqual([
      `${img}<h1>Slide 1</h1>`,
      '<h1>Slide 2</h1>',
      `${img}<h1>Slide 3</h1>`,
    ]);
    expect(deck.slides[0]?.html).toBe('<h1>Slide 1</h1>');
  });

  it('leaves the deck alone without a logo', () => {
    expect(withCourseLogo(deck, undefined)).toBe(deck);
  });

  it('encodes the path as a URL inside a safe attribute', () => {
    expect(courseLogoHtml('figures/my logo&"x".svg')).toContain(
      'src="figures/my%20logo&amp;%22x%22.svg"',
    );
  });
});
