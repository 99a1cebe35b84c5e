// The search overlay (`/`): what Esc does, result numbers, snippets with typeset formulas.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { chromiumAvailable } from './support/browser.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const lecture = createDeckSource(resolve(import.meta.dirname, '../..'), { figureStandIns }).render(
  'lecture5.md',
);
/** The convolution slide: a boxed integral, and notes after it. */
const CONVOLUTION = lecture?.slides.find((s) => s.text.includes('\\boxed{(f*g)(x)'));

describe.runIf(chromiumAvailable())('search', () => {
  const deck = useDeckPage();

  const openSearch = async (typed = ''): Promise<void> => {
    await deck.open('?p=lecture5.md#10');
    await deck.page.keyboard.press('/');
    await deck.page.waitForSelector('dialog.deck-search[open] .deck-search-input:focus');
    if (typed === '') return;
    await deck.page.keyboard.type(typed);
    await deck.page.waitForSelector('.deck-search-results [role="option"]');
  };
  const state = () =>
    deck.page.evaluate(() => {
      const dialog = document.querySelector<HTMLDialogElement>('dialog.deck-search');
      return {
        open: dialog?.open === true,
        query: dialog?.querySelector('input')?.value,
        hint: dialog?.querySelector('.deck-search-hint')?.textContent,
      };
    });

  describe('Esc', () => {
    it('clears a query, then closes; the hint says which', async () => {
      await openSearch();
      expect(await state()).toEqual({ open: true, query: '', hint: 'Esc — закрити' });
      await deck.page.keyboard.type('згортк');
      expect(await state()).toEqual({ open: true, query: 'згортк', hint: 'Esc — очистити' });
      await deck.page.keyboard.press('Escape');
      expect(await state()).toEqual({ open: true, query: '', hint: 'Esc — закрити' });
      expect(await deck.page.$$('.deck-search-results [role="option"]')).toEqual([]);
      await deck.page.keyboard.press('Escape');
      expect((await state()).open).toBe(false);
    });

    it('clears the query also when focus is elsewhere in the dialog', async () => {
      await openSearch('згортк');
      await deck.page.focus('.deck-search .deck-overlay-close');
      await deck.page.keyboard.press('Escape');
      expect(await state()).toEqual({ open: true, query: '', hint: 'Esc — закрити' });
      expect(await deck.page.evaluate(() => document.activeElement?.className)).toBe(
        'deck-search-input',
      );
    });

    it('closes at once when nothing is typed', async () => {
      await openSearch();
      await deck.page.keyboard.press('Escape');
      expect((await state()).open).toBe(false);
      // The deck's keys work again.
      await deck.page.keyboard.press('ArrowRight');
      expect(
        await deck.page.evaluate(
          () => document.querySelector<HTMLElement>('.slide-current')?.dataset.index,
        ),
      ).toBe('10');
    });
  });

  describe('results', () => {
    /** The result for the convolution slide: its label, snippet text and formulas. */
    const convolutionResult = () =>
      deck.page.evaluate((index) => {
        const option = document.querySelector(`.deck-search-results [data-index="${index}"]`);
        const snippet = option?.querySelector('.deck-search-snippet');
        const copy = snippet?.cloneNode(true) as Element | undefined;
        for (const math of copy?.querySelectorAll('.katex') ?? []) math.replaceWith('⟦math⟧');
        return {
          label: option?.querySelector('.deck-search-number')?.textContent,
          text: copy?.textContent,
          typeset: snippet?.querySelectorAll('.katex .katex-html').length ?? 0,
          marks: [...(snippet?.querySelectorAll('mark') ?? [])].map((m) =>
            m.querySelector('.katex') ? '⟦math⟧' : m.textContent,
          ),
        };
      }, CONVOLUTION?.index);

    it('name the slide by the number shown on it', async () => {
      expect(CONVOLUTION?.number).not.toBe((CONVOLUTION?.index ?? 0) + 1);
      await openSearch('перекриття між');
      expect((await convolutionResult()).label).toBe(`Слайд ${CONVOLUTION?.number}`);
    });

    it('show a formula typeset, not its TeX, and mark the words found', async () => {
      await openSearch('перекриття між');
      const result = await convolutionResult();
      expect(result.typeset).toBe(1);
      expect(result.text).not.toContain('\\');
      expect(result.text).toContain('⟦math⟧');
      expect(result.marks).toEqual(['перекриття між']);
    });

    it('mark the whole formula when the query is found in its TeX', async () => {
      await openSearch('\\boxed');
      const result = await convolutionResult();
      expect(result.marks).toEqual(['⟦math⟧']);
      expect(result.text).not.toContain('\\');
    });

    it('keep long formulas inside the dialog (no horizontal overflow)', async () => {
      // A narrow window: the lecture's longest formula is wider than the list.
      await deck.page.setViewportSize({ width: 640, height: 720 });
      try {
        await openSearch('\\circledast');
        await expectNoOverflow();
      } finally {
        await deck.page.setViewportSize({ width: 1024, height: 768 });
      }
    });

    const expectNoOverflow = async (): Promise<void> => {
      const layout = await deck.page.evaluate(() => {
        const body = document.querySelector('.deck-search .deck-overlay-body') as HTMLElement;
        const list = document.querySelector('.deck-search-results') as HTMLElement;
        const right = list.getBoundingClientRect().right;
        const options = [...list.querySelectorAll('[role="option"]')];
        return {
          options: options.length,
          formulas: list.querySelectorAll('.katex').length,
          // Formulas wider than the room they have: shown cut, not spilling out.
          wide: [...list.querySelectorAll('.deck-search-math')].filter(
            (m) => m.scrollWidth > m.clientWidth + 1,
          ).length,
          bodyOverflow: body.scrollWidth - body.clientWidth,
          listOverflow: list.scrollWidth - list.clientWidth,
          // Visible boxes past the list's right edge (a clipped formula is not visible there).
          outside: options
            .flatMap((o) => [o, ...o.querySelectorAll('.deck-search-snippet, .deck-search-math')])
            .filter((e) => e.getBoundingClientRect().right > right + 0.5).length,
        };
      });
      expect(layout.options).toBeGreaterThanOrEqual(2);
      expect(layout.formulas).toBeGreaterThanOrEqual(2);
      expect(layout.wide).toBeGreaterThanOrEqual(1);
      expect(layout.bodyOverflow).toBeLessThanOrEqual(0);
      expect(layout.listOverflow).toBeLessThanOrEqual(0);
      expect(layout.outside).toBe(0);
    };
  });

  it('logged no errors', () => {
    expect(deck.errors).toEqual([]);
  });
});
