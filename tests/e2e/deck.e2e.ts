// Lecture 5 in the built app: every slide renders cleanly and fits its box.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { measureEverySlide } from './support/everySlide.ts';
import { measureCurrentSlide, type SlideReport } from './support/measure.ts';
import { useDeckPage } from './support/useDeckPage.ts';

/** Lecture 5 as written had 79 slides; the live-widget slides added to it come on top. */
const AUTHOR_SLIDES = 79;
const source = readFileSync(resolve(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');

describe.runIf(chromiumAvailable())('lecture 5 in the browser', () => {
  const deck = useDeckPage({ viewport: { width: 1024, height: 768 } });
  let reports: SlideReport[] = [];
  /** The deck's slide count: one report each. */
  let count = 0;

  beforeAll(async () => {
    reports = await measureEverySlide(deck, measureCurrentSlide);
    count = reports.length;
  });

  it('shows every slide one after another', () => {
    expect(count).toBeGreaterThan(AUTHOR_SLIDES);
    expect(reports.map((r) => r.index)).toEqual(Array.from({ length: count }, (_, i) => i));
  });

  it('logs no console errors and throws nothing', () => {
    expect(deck.errors).toEqual([]);
  });

  it('has no KaTeX error nodes', () => {
    expect(reports.filter((r) => r.mathErrors > 0).map((r) => r.index + 1)).toEqual([]);
  });

  it('lets no slide overflow its box', () => {
    const overflowing = reports
      .filter((r) => r.overflow.length > 0)
      .map((r) => `#${r.index + 1} ${r.title}: ${r.overflow.join('; ')}`);
    expect(overflowing).toEqual([]);
  });

  it('shows subscripts in the aligned formula of "1d згортка"', () => {
    const slide = reports.find((r) => r.title === '1d згортка' && r.displayMath > 0);
    expect(slide).toBeDefined();
    expect(slide?.displayMathWithSubscripts).toBeGreaterThan(0);
  });

  it('keeps the columns of the Keras summaries aligned', () => {
    const tables = reports.flatMap((r) => r.summaryMisalignment);
    expect(tables.length).toBe((source.match(/Output Shape/g) ?? []).length);
    for (const worst of tables) expect(worst).toBeLessThanOrEqual(1);
  });

  it('numbers slides as current / total, count: false sharing the previous number', () => {
    const uncounted = (source.match(/^count: false$/gm) ?? []).length;
    const total = count - uncounted;
    expect(reports[0]?.number).toBe(`1 / ${total}`);
    // Slide 3 is the first `count: false` slide: it repeats slide 2's number.
    expect(reports[2]?.number).toBe(`2 / ${total}`);
    expect(reports[3]?.number).toBe(`3 / ${total}`);
    expect(reports.at(-1)?.number).toBe(`${total} / ${total}`);
  });
});
