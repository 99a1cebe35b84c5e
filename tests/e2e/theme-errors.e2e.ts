// Deck errors shown in place (an unknown macro, a formula KaTeX cannot typeset) do not pass
// for content: each is visible, inside its slide, outlined in a colour that contrasts with
// the slide; the review view marks them more strongly; the deck keeps working.
// Fixture deck theme-errors.md.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useDevDeckPage } from './support/useDevDeckPage.ts';

interface ErrorBox {
  readonly className: string;
  readonly width: number;
  readonly height: number;
  readonly inside: boolean;
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  /** WCAG contrast of the outline colour against the slide's background colour. */
  readonly contrast: number;
  readonly label: string;
}

/** Measures the error elements of `root`'s slides (evaluated in the page). */
function measureErrors(selector: string): ErrorBox[] {
  const rgb = (colour: string): number[] => {
    const m = /rgba?\(([^)]+)\)/.exec(colour);
    if (!m?.[1]) throw new Error(`not an rgb colour: ${colour}`);
    return m[1].split(/[ ,/]+/).map(Number);
  };
  const luminance = (colour: string): number => {
    const [r = 0, g = 0, b = 0] = rgb(colour).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return [...document.querySelectorAll<HTMLElement>(selector)].map((el) => {
    const slide = el.closest<HTMLElement>('.slide');
    if (!slide) throw new Error('an error outside a slide');
    const box = el.getBoundingClientRect();
    const slideBox = slide.getBoundingClientRect();
    const style = getComputedStyle(el);
    const a = luminance(style.outlineColor);
    const b = luminance(getComputedStyle(slide).backgroundColor);
    return {
      className: el.className,
      width: box.width,
      height: box.height,
      inside:
        box.left >= slideBox.left - 1 &&
        box.right <= slideBox.right + 1 &&
        box.top >= slideBox.top - 1 &&
        box.bottom <= slideBox.bottom + 1,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      label: getComputedStyle(el, '::before').content,
    };
  });
}

describe.runIf(chromiumAvailable())('errors shown on slides', () => {
  const dev = useDevDeckPage(['theme-errors.md']);
  const { errors, open } = dev;

  it.each([
    [1, 'a light slide', ['content-error', 'math math-inline math-error']],
    [2, 'a black slide', ['content-error', 'math math-display math-error']],
    [3, 'a blue slide', ['math math-inline math-error']],
  ])(
    'slide %i (%s): each error is outlined, labelled, visible, inside the slide',
    async (slide, _kind, kinds) => {
      await open(`?p=theme-errors.md#${slide}`);
      const boxes = await dev.page.evaluate(
        measureErrors,
        '.slide-current :is(.content-error, .math-error)',
      );
      expect(boxes.map((b) => b.className)).toEqual(kinds);
      for (const box of boxes) {
        expect(box.width, box.className).toBeGreaterThan(10);
        expect(box.height, box.className).toBeGreaterThan(10);
        expect(box.inside, box.className).toBe(true);
        expect(box.outlineStyle, box.className).toBe('dashed');
        expect(box.outlineWidth, box.className).toBeGreaterThanOrEqual(2);
        expect(box.contrast, box.className).toBeGreaterThanOrEqual(3);
        expect(box.label, box.className).toBe('"помилка"');
      }
    },
  );

  it('keeps the deck working after the slides with errors', async () => {
    await open('?p=theme-errors.md#3');
    await dev.page.keyboard.press('ArrowRight');
    await dev.page.waitForFunction(
      () => document.querySelector('.slide-current h1')?.textContent === 'Наступний слайд працює',
      undefined,
      { timeout: 5000 },
    );
    expect(errors).toEqual([]);
  });

  it('marks the errors with a solid, thicker outline in the review view', async () => {
    await dev.page.goto('about:blank');
    await dev.page.goto(new URL('?p=theme-errors.md&mode=review', dev.url).href);
    await dev.page.waitForSelector('.review .slide .math-error', { timeout: 10_000 });
    await dev.page.evaluate(() => {
      for (const el of document.querySelectorAll('.review .slide .math-error')) {
        el.scrollIntoView();
      }
    });
    const boxes = await dev.page.evaluate(
      measureErrors,
      '.review .slide :is(.content-error, .math-error)',
    );
    expect(boxes).toHaveLength(5);
    for (const box of boxes) {
      expect(box.outlineStyle, box.className).toBe('solid');
      expect(box.outlineWidth, box.className).toBeGreaterThanOrEqual(3);
      expect(box.contrast, box.className).toBeGreaterThanOrEqual(3);
      expect(box.width, box.className).toBeGreaterThan(0);
    }
  });
});
