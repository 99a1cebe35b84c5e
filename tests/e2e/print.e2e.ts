// Printing: ?mode=print (slides, notes, handout) and Ctrl+P from the slideshow, in print media.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import type { DeckPage } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

interface PrintLayout {
  readonly pages: number;
  /** Width / height of each page box, and of each slide box on it. */
  readonly pageRatios: readonly number[];
  readonly slideRatios: readonly number[];
  readonly pageWidths: readonly number[];
  readonly notes: number;
  /** The `@page` rules in force. */
  readonly pageRules: readonly string[];
  /** Elements other than the print view that would print. */
  readonly otherVisible: number;
}

const printLayout = (deck: DeckPage): Promise<PrintLayout> =>
  deck.page.evaluate(() => {
    const ratio = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width / r.height;
    };
    const pages = [...document.querySelectorAll('.print-page')];
    const pageRules: string[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSPageRule) pageRules.push(rule.cssText);
      }
    }
    const app = document.getElementById('app');
    const otherVisible = [...(app?.children ?? [])].filter(
      (e) => !e.classList.contains('print-deck') && getComputedStyle(e).display !== 'none',
    ).length;
    return {
      pages: pages.length,
      pageRatios: pages.map(ratio),
      slideRatios: [...document.querySelectorAll('.print-slide-box')].map(ratio),
      pageWidths: pages.map((p) => Math.round(p.getBoundingClientRect().width)),
      notes: document.querySelectorAll('.print-notes').length,
      pageRules,
      otherVisible,
    };
  });

const slideFacts = (deck: DeckPage) =>
  deck.page.evaluate(() => {
    const slides = window.slideshow?.getSlides() ?? [];
    return {
      count: slides.length,
      withNotes: slides.filter((s) => s.notes !== '').length,
      // Unnumbered (count: false) slides share the number of the slide before them.
      numbered: slides.filter(
        (s, i) => i === 0 || s.getSlideNumber() !== slides[i - 1]?.getSlideNumber(),
      ).length,
    };
  });

describe.runIf(chromiumAvailable())('printing', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 900 } });

  it('prints one page per slide, sized at the deck ratio (4:3 for lecture 5)', async () => {
    await deck.open('?p=lecture5.md&mode=print');
    await deck.page.emulateMedia({ media: 'print' });
    const facts = await slideFacts(deck);
    const layout = await printLayout(deck);
    expect(facts.count).toBeGreaterThanOrEqual(79);
    expect(layout.pages).toBe(facts.count);
    for (const r of [...layout.pageRatios, ...layout.slideRatios]) expect(r).toBeCloseTo(4 / 3, 2);
    expect(new Set(layout.pageWidths)).toEqual(new Set([908]));
    expect(layout.pageRules.join(' ')).toMatch(/size: 908px 681px/);
    expect(layout.notes).toBe(0);
    expect(layout.otherVisible).toBe(0);
    // Once ready, nothing prints "loading"; widgets with a generated figure print the figure.
    const widgets = await deck.page.evaluate(() => ({
      loading: document.querySelectorAll('[data-widget][data-state="loading"]').length,
      drawDigitReady: [...document.querySelectorAll('[data-widget="draw-digit"]')].map(
        (e) => (e as HTMLElement).dataset.state,
      ),
      samples: [...document.querySelectorAll('[data-widget="mnist-samples"]')].map((e) => ({
        mounted: (e as HTMLElement).dataset.state !== undefined,
        figure: e.querySelector('img')?.getAttribute('src'),
      })),
    }));
    expect(widgets.loading).toBe(0);
    expect(widgets.drawDigitReady).toEqual(['ready', 'ready']);
    expect(widgets.samples).toEqual([{ mounted: false, figure: 'figures/lec5/mnist-samples.svg' }]);
    expect(deck.errors).toEqual([]);
    await deck.page.emulateMedia({ media: 'screen' });
  });

  it('puts the notes under each slide on A4 pages, the slide keeping its ratio', async () => {
    await deck.open('?p=lecture5.md&mode=print&notes');
    await deck.page.emulateMedia({ media: 'print' });
    const facts = await slideFacts(deck);
    const layout = await printLayout(deck);
    expect(layout.pages).toBe(facts.count);
    expect(layout.notes).toBe(facts.withNotes);
    for (const r of layout.slideRatios) expect(r).toBeCloseTo(4 / 3, 2);
    expect(layout.pageRules.join(' ')).toMatch(/size: 793\.701px 1122\.52px/);
    expect(deck.errors).toEqual([]);
    await deck.page.emulateMedia({ media: 'screen' });
  });

  it('prints a shorter handout: `--` steps collapsed, unnumbered slides left out', async () => {
    await deck.open('?p=lecture5.md&mode=print&handout');
    const facts = await slideFacts(deck);
    const layout = await printLayout(deck);
    expect(layout.pages).toBe(facts.numbered);
    expect(layout.pages).toBeLessThan(facts.count);
    expect(deck.errors).toEqual([]);
  });

  it('Ctrl+P on the slideshow prints every slide, then the slideshow comes back', async () => {
    await deck.open('?p=lecture5.md#5');
    // The print view's code arrives after the first slide (off its critical path).
    await deck.page.waitForSelector('#app[data-print-ready]', { state: 'attached' });
    await deck.page.emulateMedia({ media: 'print' });
    await deck.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const facts = await slideFacts(deck);
    const layout = await printLayout(deck);
    expect(layout.pages).toBe(facts.count);
    expect(layout.otherVisible).toBe(0);
    for (const r of layout.pageRatios) expect(r).toBeCloseTo(4 / 3, 2);
    await deck.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await deck.page.emulateMedia({ media: 'screen' });
    const after = await deck.page.evaluate(() => ({
      printDecks: document.querySelectorAll('.print-deck').length,
      current: document.querySelector<HTMLElement>('.slide-current')?.dataset.index,
    }));
    expect(after).toEqual({ printDecks: 0, current: '4' });
    expect(deck.errors).toEqual([]);
  });
});
