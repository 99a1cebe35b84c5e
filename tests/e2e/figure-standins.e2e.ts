// Missing figures in front of an audience: lecture 5's photographs are not in the repository.
// The slideshow, audience window, review and print show the designed stand-in inside the
// figure's box and never the author's instructions; the presenter view names the missing file.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { LECTURE5_PHOTOS } from '../fixtures/lecture5Photos.ts';
import { openAudienceWindow } from './support/audienceWindow.ts';
import { chromiumAvailable } from './support/browser.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const lecture = createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');
if (lecture === undefined) throw new Error('slides/lecture5.md is missing');
/** 1-based position of the first slide showing `path`. */
const positionOf = (path: string): number => {
  const i = lecture.slides.findIndex((s) => s.html.includes(`data-missing-figure="${path}"`));
  if (i < 0) throw new Error(`lecture 5 shows no ${path}`);
  return i + 1;
};
/** "Візуальне сприйняття": the cat experiment, the medal and two portraits. */
const VISION = positionOf('figures/lec5/DHubel.png');
const HIERARCHY = positionOf('figures/lec5/cat.png');
const PHOTOS = LECTURE5_PHOTOS;

/** Words and paths that only the author may see. */
const AUTHOR_TEXT = /Додайте файл|відсутн|figures\/lec5\/|\.(png|jpe?g)\b/;

interface FigureBox {
  readonly missing: string;
  readonly figure: { x: number; y: number; width: number; height: number };
  /** Content width of the figure's containing block, and N of its `.width-N` wrapper. */
  readonly slot: { width: number; percent: number };
  readonly standIn?: { x: number; y: number; width: number; height: number; loaded: boolean };
}

/** The missing-figure boxes inside `scope` (a selector), with their stand-ins' geometry. */
const figureBoxes = (page: Page, scope: string): Promise<FigureBox[]> =>
  page.evaluate((sel) => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return [...document.querySelectorAll(`${sel} .figure-missing`)].map((f) => {
      const slot = f.parentElement;
      const percent = Number(/width-(\d+)/.exec(slot?.className ?? '')?.[1] ?? 0);
      // `width: N%` is of the containing block: the nearest ancestor that is not inline.
      let block = slot;
      while (block && /^(inline|contents)$/.test(getComputedStyle(block).display)) {
        block = block.parentElement;
      }
      const style = block ? getComputedStyle(block) : undefined;
      // In layout pixels, scaled like the bounding boxes (the slide is scaled to the window).
      const scale = block ? block.getBoundingClientRect().width / (block.offsetWidth || 1) : 0;
      const inner = block
        ? (block.clientWidth -
            Number.parseFloat(style?.paddingLeft ?? '0') -
            Number.parseFloat(style?.paddingRight ?? '0')) *
          scale
        : 0;
      const img = f.querySelector<HTMLImageElement>('img.figure-stand-in');
      return {
        missing: f.getAttribute('data-missing-figure') ?? '',
        figure: rect(f),
        slot: { width: inner, percent },
        ...(img ? { standIn: { ...rect(img), loaded: img.complete && img.naturalWidth > 0 } } : {}),
      };
    });
  }, scope);

/** The text a person sees (innerText skips what CSS hides, which is the point here). */
const visibleText = (page: Page, selector: string): Promise<string> =>
  page.evaluate(
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is tested
    (sel) => [...document.querySelectorAll<HTMLElement>(sel)].map((e) => e.innerText).join('\n'),
    selector,
  );

const imagesLoaded = (page: Page, scope: string): Promise<unknown> =>
  page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll<HTMLImageElement>(`${sel} img.figure-stand-in`)].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    scope,
    { timeout: 10_000 },
  );

/** Each stand-in fills its figure's box, which is the slot's `.width-N` share. */
function expectStandInsInTheirBoxes(boxes: readonly FigureBox[]): void {
  for (const b of boxes) {
    expect(b.standIn, b.missing).toBeDefined();
    const s = b.standIn;
    if (s === undefined) continue;
    expect(s.loaded, b.missing).toBe(true);
    expect(s.width, b.missing).toBeGreaterThan(20);
    expect(s.height, b.missing).toBeGreaterThan(20);
    expect(s.x).toBeGreaterThanOrEqual(b.figure.x - 0.5);
    expect(s.y).toBeGreaterThanOrEqual(b.figure.y - 0.5);
    expect(s.x + s.width).toBeLessThanOrEqual(b.figure.x + b.figure.width + 0.5);
    expect(s.y + s.height).toBeLessThanOrEqual(b.figure.y + b.figure.height + 0.5);
    // The box is the figure's: its width share of the slot (e.g. `.width-80` → 80 %).
    if (b.slot.percent > 0 && b.slot.percent <= 100) {
      expect(b.figure.width / b.slot.width, b.missing).toBeCloseTo(b.slot.percent / 100, 1);
    }
    expect(s.width / b.figure.width, b.missing).toBeGreaterThan(0.95);
  }
}

describe.runIf(chromiumAvailable())('missing figures: designed stand-ins', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 960 } });

  it("the slideshow shows the stand-ins in the figures' boxes, no author instructions", async () => {
    for (const position of [VISION, HIERARCHY]) {
      await deck.open(`?p=lecture5.md#${position}`);
      await imagesLoaded(deck.page, '.slide-current');
      const boxes = await figureBoxes(deck.page, '.slide-current');
      expect(boxes.length).toBe(position === VISION ? 4 : 1);
      expect(await visibleText(deck.page, '.slide-current')).not.toMatch(AUTHOR_TEXT);
      expectStandInsInTheirBoxes(boxes);
      // A screen reader announces each stand-in (an empty alt would skip the figure), without
      // the author's path or file extension.
      const alts = await deck.page.$$eval('.slide-current img.figure-stand-in', (imgs) =>
        imgs.map((i) => i.getAttribute('alt')),
      );
      expect(alts).toHaveLength(boxes.length);
      for (const alt of alts) {
        // The author's alt text when the slide has one, else «Ілюстрація: <name> (немає у збірці)».
        expect(alt).toMatch(/\p{L}{3}/u);
        expect(alt).not.toMatch(AUTHOR_TEXT);
      }
    }
    expect(deck.errors).toEqual([]);
  });

  it('the audience window shows the stand-ins and no author instructions', async () => {
    await deck.open(`?p=lecture5.md#${VISION}`);
    const audience = await openAudienceWindow(deck.page);
    try {
      await imagesLoaded(audience.page, '.slide-current');
      expect(await visibleText(audience.page, 'body')).not.toMatch(AUTHOR_TEXT);
      expectStandInsInTheirBoxes(await figureBoxes(audience.page, '.slide-current'));
      expect(audience.errors).toEqual([]);
    } finally {
      await audience.page.close();
    }
  });

  it('the presenter view names the missing files and tells the author what to do', async () => {
    await deck.open(`?p=lecture5.md#p${VISION}`);
    await deck.page.waitForSelector('.presenter .figure-missing');
    const text = await visibleText(deck.page, '.presenter-current');
    for (const name of ['catH.png', 'Nobel_medal.jpg', 'DHubel.png', 'TWiesel.png']) {
      expect(text).toContain(`figures/lec5/${name}`);
    }
    expect(text).toContain('Додайте файл');
    // The next-slide preview says so too, for the slide before the hierarchy figure.
    await deck.open(`?p=lecture5.md#p${HIERARCHY - 1}`);
    await deck.page.waitForSelector('.presenter-next .figure-missing');
    expect(await visibleText(deck.page, '.presenter-next')).toContain('figures/lec5/cat.png');
    expect(deck.errors).toEqual([]);
  });

  it('review and print show every stand-in and no author instructions', async () => {
    for (const mode of ['review', 'print'] as const) {
      await deck.open(`?p=lecture5.md&mode=${mode}#${VISION}`);
      if (mode === 'print') await deck.page.emulateMedia({ media: 'print' });
      const shown = await deck.page.evaluate(() =>
        [...document.querySelectorAll('img.figure-stand-in')].map((i) => i.getAttribute('src')),
      );
      expect(new Set(shown), mode).toEqual(
        new Set(PHOTOS.map((p) => `figures/lec5/stand-ins/${p}.svg`)),
      );
      expect(await visibleText(deck.page, '.slide')).not.toMatch(/Додайте файл|відсутн/);
      expect(await visibleText(deck.page, '.slide')).not.toMatch(
        /figures\/lec5\/(catH|Nobel_medal|DHubel|TWiesel|neocognitron|LeCun|Krizhevsky|cat)\./,
      );
      // The first slide's stand-ins, in view: loaded and in their boxes.
      const first = `.slide[data-index="${VISION - 1}"]`;
      await deck.page.locator(first).scrollIntoViewIfNeeded();
      await imagesLoaded(deck.page, first);
      expectStandInsInTheirBoxes(await figureBoxes(deck.page, first));
      await deck.page.emulateMedia({ media: 'screen' });
    }
    expect(deck.errors).toEqual([]);
  });
});
