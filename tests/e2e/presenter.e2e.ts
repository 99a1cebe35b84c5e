// The presenter view in the built app: `p`, `#pN`, slides, notes, timer, notes font, going back.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { chromiumAvailable, launchChromium } from './support/browser.ts';
import { type DevServer, startDevServer } from './support/devServer.ts';
import { type DeckPage, waitForDeck } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Lecture 5 as the build renders it: the test picks its slides by content, not by number. */
const lecture = createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');
if (lecture === undefined) throw new Error('slides/lecture5.md is missing');
const slides = lecture.slides;
const hasIframe = (i: number): boolean => /<iframe/.test(slides[i]?.html ?? '');
const hasNotes = (i: number): boolean => (slides[i]?.notesHtml.trim() ?? '') !== '';
/** The first 1-based position whose 0-based index satisfies `test`. */
const firstPosition = (test: (i: number) => boolean): number => {
  const index = slides.findIndex((_, i) => test(i));
  if (index < 0) throw new Error('lecture 5 has no slide for this test');
  return index + 1;
};
/** The first words of a slide's notes (before any math), as the page shows them. */
const notesStart = (position: number): string =>
  (slides[position - 1]?.notesHtml ?? '')
    .split('<span class="katex')[0]
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 24) ?? '';
const numberText = (position: number): string =>
  `${slides[position - 1]?.number} / ${lecture.total}`;

/** Notes with math, followed by two slides with other notes (no embeds: the machine is offline). */
const WITH_MATH_NOTES = firstPosition(
  (i) =>
    /class="katex/.test(slides[i]?.notesHtml ?? '') &&
    hasNotes(i + 1) &&
    !hasIframe(i) &&
    !hasIframe(i + 1) &&
    !hasIframe(i + 2) &&
    (slides[i + 2]?.notesHtml ?? '') !== slides[i + 1]?.notesHtml,
);
/** Characters of text in a slide's notes (without markup). */
const notesLength = (i: number): number =>
  (slides[i]?.notesHtml ?? '').replace(/<[^>]*>/g, '').length;
/** A slide whose notes, and the previous slide's, are the longest pair: both overflow. */
const LONG_NOTES =
  slides.reduce((best, _, i) => {
    const pair = (j: number): number =>
      j < 1 || hasIframe(j) || hasIframe(j - 1) ? 0 : Math.min(notesLength(j), notesLength(j - 1));
    return pair(i) > pair(best) ? i : best;
  }, 1) + 1;
/** A slide followed by one with a widget. */
const BEFORE_WIDGET = firstPosition(
  (i) =>
    (slides[i + 1]?.widgets.length ?? 0) > 0 && slides[i]?.widgets.length === 0 && !hasIframe(i),
);
/** A slide followed by one that embeds a video (iframe). */
const BEFORE_IFRAME = firstPosition((i) => hasIframe(i + 1) && !hasIframe(i));
/** A slide followed by a live cell whose recorded output comes after the cell's placeholder. */
const BEFORE_LIVE_OUTPUT = firstPosition((i) =>
  /data-widget="live-cell"[^>]*><\/div>\s*(<div[^>]*>)?\s*<pre/.test(slides[i + 1]?.html ?? ''),
);
/** Each widget kind of lecture 5 and the 1-based position of the first slide showing it. */
const WIDGET_KINDS = [
  ...new Map(slides.flatMap((s) => s.widgets.map((w) => [w.name, s.index + 1] as const)).reverse()),
].sort((a, b) => a[1] - b[1]);

interface PreviewWidgets {
  /** Text of the preview that names a widget the old way ("Віджет «…»"). */
  readonly widgetLabels: string[];
  /** `data-still` of each widget placeholder, in order. */
  readonly stills: string[];
  /** Each stand-in card: luminance of the slide behind it and of the card as drawn on it. */
  readonly cards: { slide: number; card: number; contrast: number; widthShare: number }[];
}

/** The preview's widget stills and how their cards look on the slide. */
const previewWidgets = (deck: DeckPage): Promise<PreviewWidgets> =>
  deck.page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.presenter-next .slide');
    if (slide === null) throw new Error('no preview');
    // Colours as drawn: paint them over each other on a 1×1 canvas and read the pixel.
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('no canvas');
    const drawn = (...layers: string[]): number[] => {
      context.clearRect(0, 0, 1, 1);
      for (const layer of layers) {
        context.fillStyle = layer;
        context.fillRect(0, 0, 1, 1);
      }
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (rgb: number[]): number => {
      const [r = 0, g = 0, b = 0] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const slideColour = getComputedStyle(slide).backgroundColor;
    const content = slide.querySelector('.slide-content') ?? slide;
    const contentWidth =
      content.clientWidth -
      Number.parseFloat(getComputedStyle(content).paddingLeft) -
      Number.parseFloat(getComputedStyle(content).paddingRight);
    const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
    return {
      widgetLabels: (slide.textContent ?? '').match(/Віджет[^\n]{0,30}/g) ?? [],
      stills: [...slide.querySelectorAll<HTMLElement>('[data-still]')].map(
        (e) => e.dataset.still ?? '',
      ),
      cards: [
        ...slide.querySelectorAll<HTMLElement>('.presenter-static-widget, .presenter-static-media'),
      ].map((card) => {
        const style = getComputedStyle(card);
        const back = drawn(slideColour, style.backgroundColor);
        const text = luminance(drawn(slideColour, style.backgroundColor, style.color));
        const under = luminance(back);
        return {
          slide: luminance(drawn(slideColour)),
          card: under,
          contrast: (Math.max(text, under) + 0.05) / (Math.min(text, under) + 0.05),
          widthShare: card.getBoundingClientRect().width / scale / contentWidth,
        };
      }),
    };
  });

/** Code blocks outside live widgets, in slide pixels from the slide's corner, with colours. */
const codeBlocks = (deck: DeckPage, slideSelector: string) =>
  deck.page.evaluate((selector) => {
    const slide = document.querySelector<HTMLElement>(selector);
    if (slide === null) throw new Error(`no ${selector}`);
    const box = slide.getBoundingClientRect();
    const scale = box.width / slide.offsetWidth;
    return [...slide.querySelectorAll('pre')]
      .filter((pre) => pre.closest('[data-live-cell], [data-live-output]') === null)
      .map((pre) => {
        const b = pre.getBoundingClientRect();
        const style = getComputedStyle(pre);
        return {
          text: pre.textContent?.slice(0, 40),
          x: Math.round((b.left - box.left) / scale),
          y: Math.round((b.top - box.top) / scale),
          width: Math.round(b.width / scale),
          height: Math.round(b.height / scale),
          colours: `${style.backgroundColor} ${style.color} ${style.fontSize}`,
        };
      });
  }, slideSelector);

interface PresenterState {
  readonly current: number;
  readonly next: number;
  readonly position: string;
  readonly notes: string;
  readonly nextNotes: string;
}

const state = (deck: DeckPage): Promise<PresenterState> =>
  deck.page.evaluate(() => {
    const text = (selector: string) =>
      document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const index = (selector: string) =>
      Number(document.querySelector<HTMLElement>(selector)?.dataset.index ?? Number.NaN) + 1;
    return {
      current: index('.presenter-current .slide.slide-current'),
      next: index('.presenter-next .slide'),
      position: text('.presenter-position'),
      notes: text('.presenter-notes-current .presenter-notes-body'),
      nextNotes: text('.presenter-notes-next .presenter-notes-body'),
    };
  });

const openPresenter = async (deck: DeckPage, position: number): Promise<void> => {
  await deck.open(`?p=lecture5.md#p${position}`);
  await deck.page.waitForSelector('.presenter .slide-current', { timeout: 10_000 });
};

const elapsedText = (deck: DeckPage): Promise<string> =>
  deck.page.evaluate(() => document.querySelector('.presenter-elapsed')?.textContent ?? '');

const notesFontPx = (deck: DeckPage): Promise<number> =>
  deck.page.evaluate(() => {
    const body = document.querySelector('.presenter-notes-current .presenter-notes-body');
    return body ? Number.parseFloat(getComputedStyle(body).fontSize) : Number.NaN;
  });

describe.runIf(chromiumAvailable())('presenter view', () => {
  const deck = useDeckPage({ viewport: { width: 1280, height: 800 } });

  afterEach(() => {
    expect(deck.errors).toEqual([]);
    deck.errors.length = 0;
  });

  it('`p` opens it with the current and next slide and both notes; `p` goes back', async () => {
    await deck.open(`?p=lecture5.md#${WITH_MATH_NOTES}`);
    expect(await deck.page.$('.presenter')).toBeNull();
    await deck.page.keyboard.press('p');
    await deck.page.waitForSelector('.presenter .slide-current');
    const shown = await state(deck);
    expect(shown.current).toBe(WITH_MATH_NOTES);
    expect(shown.next).toBe(WITH_MATH_NOTES + 1);
    expect(shown.position).toBe(numberText(WITH_MATH_NOTES));
    expect(shown.notes).toContain(notesStart(WITH_MATH_NOTES));
    expect(shown.nextNotes).toContain(notesStart(WITH_MATH_NOTES + 1));
    // Only the presenter is on screen: the slideshow's boxes are gone.
    expect(await deck.page.$$eval('.slide.slide-current', (s) => s.length)).toBe(1);
    await deck.page.waitForFunction((p) => location.hash === `#p${p}`, WITH_MATH_NOTES);

    await deck.page.keyboard.press('p');
    await deck.page.waitForSelector('.presenter', { state: 'detached' });
    const back = await deck.page.evaluate(() => ({
      index: Number(document.querySelector<HTMLElement>('.slide-current')?.dataset.index) + 1,
      viewport: document.querySelector('.deck-viewport .slide-current') !== null,
    }));
    expect(back).toEqual({ index: WITH_MATH_NOTES, viewport: true });
    await deck.page.waitForFunction((p) => location.hash === `#${p}`, WITH_MATH_NOTES);
  });

  it('styles math in the notes (the KaTeX stylesheet is loaded)', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    expect(
      await deck.page.$$eval('.presenter-notes-current .katex', (k) => k.length),
    ).toBeGreaterThan(0);
    // With KaTeX's CSS, the MathML copy is visually hidden (absolutely positioned, clipped).
    await deck.page.waitForFunction(() => {
      const mathml = document.querySelector('.presenter-notes-current .katex-mathml');
      return mathml !== null && getComputedStyle(mathml).position === 'absolute';
    });
  });

  it('next and previous keys update the slides, notes and number', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    const before = await state(deck);
    await deck.page.keyboard.press('ArrowRight');
    const after = await state(deck);
    expect(after.current).toBe(WITH_MATH_NOTES + 1);
    expect(after.next).toBe(WITH_MATH_NOTES + 2);
    expect(after.position).toBe(numberText(WITH_MATH_NOTES + 1));
    expect(after.notes).toBe(before.nextNotes);
    expect(after.nextNotes).not.toBe(before.nextNotes);
    await deck.page.keyboard.press('ArrowLeft');
    expect(await state(deck)).toEqual(before);
    await deck.page.waitForFunction((p) => location.hash === `#p${p}`, WITH_MATH_NOTES);
  });

  it('shows the notes of a new slide from the top', async () => {
    await openPresenter(deck, LONG_NOTES);
    const body = '.presenter-notes-current .presenter-notes-body';
    await deck.page.$eval(body, (b) => b.scrollTo({ top: 200 }));
    await deck.page.waitForFunction((s) => (document.querySelector(s)?.scrollTop ?? 0) > 0, body);
    await deck.page.waitForTimeout(100); // the scroll event has been handled
    await deck.page.keyboard.press('ArrowLeft');
    expect(await deck.page.$eval(body, (b) => b.scrollTop)).toBe(0);
  });

  it('shows blackout and mirror of the audience screen as badges, never hiding its own slide', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    const badges = () => deck.page.$$eval('.presenter-badge', (b) => b.map((e) => e.textContent));
    expect(await badges()).toEqual([]);
    await deck.page.keyboard.press('b');
    await deck.page.keyboard.press('m');
    expect(await badges()).toEqual(['Екран затемнено (b)', 'Віддзеркалено (m)']);
    const visible = await deck.page.$eval(
      '.presenter-current .slide-current',
      (s) => getComputedStyle(s).visibility === 'visible' && s.getBoundingClientRect().width > 100,
    );
    expect(visible).toBe(true);
    await deck.page.keyboard.press('b');
    await deck.page.keyboard.press('m');
    expect(await badges()).toEqual([]);
  });

  it('#p5 opens presenter mode at slide 5', async () => {
    await openPresenter(deck, 5);
    expect((await state(deck)).current).toBe(5);
    expect((await state(deck)).position).toBe(numberText(5));
  });

  it('the next preview never mounts widgets; the current slide does', async () => {
    await openPresenter(deck, BEFORE_WIDGET);
    const shown = await state(deck);
    expect(shown.current).toBe(BEFORE_WIDGET);
    expect(shown.next).toBe(BEFORE_WIDGET + 1);
    const preview = await deck.page.evaluate(() => {
      const next = document.querySelector('.presenter-next');
      return {
        placeholders: next?.querySelectorAll('[data-widget-id], [data-widget]').length,
        stills: next?.querySelectorAll('[data-still]').length,
        canvases: next?.querySelectorAll('canvas, button, input').length,
        inert: next?.querySelector<HTMLElement>('.slide')?.inert,
      };
    });
    expect(preview).toEqual({
      placeholders: 0,
      stills: slides[BEFORE_WIDGET]?.widgets.length,
      canvases: 0,
      inert: true,
    });
    // Moving on mounts the widget in the current slide (and only there).
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.waitForFunction(
      () =>
        (document.querySelector('.presenter-current [data-widget-id]')?.childElementCount ?? 0) > 0,
      undefined,
      { timeout: 15_000 },
    );
    expect(await deck.page.$$eval('.presenter-next [data-widget-id]', (w) => w.length)).toBe(0);
  });

  it.each(WIDGET_KINDS)(
    'previews %s (slide %i) as a still in the slide’s colours, never a light "Віджет" box',
    async (name, position) => {
      await openPresenter(deck, position - 1);
      expect((await state(deck)).next).toBe(position);
      const preview = await previewWidgets(deck);
      expect(preview.widgetLabels).toEqual([]);
      expect(preview.stills.length).toBe(slides[position - 1]?.widgets.length);
      if (name === 'live-cell')
        expect(preview.stills).toEqual(preview.stills.map(() => 'as-written'));
      for (const card of preview.cards) {
        // On the dark slides of lecture 5 a card stays dark, and its caption reads well.
        expect(Math.abs(card.card - card.slide), name).toBeLessThan(0.1);
        expect(card.contrast, name).toBeGreaterThan(4.5);
      }
      // A widget's stand-in takes the widget's width (the content width), as the live one.
      if (preview.stills.includes('stand-in')) {
        expect(
          preview.cards.some((c) => c.widthShare > 0.95),
          name,
        ).toBe(true);
      }
    },
  );

  it('previews a live cell as its slide reads: code block and recorded output where they will be', async () => {
    await openPresenter(deck, BEFORE_LIVE_OUTPUT);
    const preview = await codeBlocks(deck, '.presenter-next .slide');
    expect(preview.length).toBeGreaterThanOrEqual(2);
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.waitForSelector('.presenter-current [data-live-cell] [data-action="run"]', {
      timeout: 15_000,
    });
    const live = await codeBlocks(deck, '.presenter-current .slide-current');
    expect(live.length).toBe(preview.length);
    live.forEach((block, i) => {
      const still = preview[i];
      expect(still?.text).toBe(block.text);
      expect(still?.colours).toBe(block.colours);
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(
          Math.abs((still?.[key] ?? Number.NaN) - block[key]),
          `${block.text} ${key}`,
        ).toBeLessThanOrEqual(2);
      }
    });
  });

  it('the next preview shows a still card instead of an embedded video', async () => {
    await openPresenter(deck, BEFORE_IFRAME);
    expect((await state(deck)).next).toBe(BEFORE_IFRAME + 1);
    const preview = await deck.page.evaluate(() => {
      const next = document.querySelector('.presenter-next');
      return {
        media: next?.querySelectorAll('iframe, video, audio, object, embed').length,
        card: next?.querySelector('.presenter-static-media')?.textContent,
        playing: [...document.querySelectorAll('video, audio')].filter(
          (m) => !(m as HTMLMediaElement).paused,
        ).length,
      };
    });
    expect(preview).toEqual({ media: 0, card: '▶ Відео YouTube', playing: 0 });
  });

  it('s starts and stops the timer, t resets it; the buttons do the same', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    await deck.page.keyboard.press('t');
    expect(await elapsedText(deck)).toBe('00:00');
    await deck.page.keyboard.press('s');
    await deck.page.waitForFunction(
      () => document.querySelector('.presenter-elapsed')?.textContent === '00:01',
      undefined,
      { timeout: 5000 },
    );
    expect(await deck.page.textContent('.presenter-toggle')).toBe('Пауза');
    await deck.page.keyboard.press('s');
    const stopped = await elapsedText(deck);
    await deck.page.waitForTimeout(1300);
    expect(await elapsedText(deck)).toBe(stopped);
    expect(await deck.page.textContent('.presenter-toggle')).toBe('Продовжити');
    await deck.page.keyboard.press('t');
    expect(await elapsedText(deck)).toBe('00:00');
    expect(await deck.page.textContent('.presenter-toggle')).toBe('Старт');

    await deck.page.getByRole('button', { name: 'Старт' }).click();
    expect(await deck.page.textContent('.presenter-toggle')).toBe('Пауза');
    // A click does not take the keys away from the deck.
    await deck.page.keyboard.press('ArrowRight');
    expect((await state(deck)).current).toBe(WITH_MATH_NOTES + 1);
    await deck.page.getByRole('button', { name: 'Скинути', exact: true }).click();
    expect(await elapsedText(deck)).toBe('00:00');
  });

  it('keeps the timer running when leaving presenter mode and coming back', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    await deck.page.keyboard.press('t');
    await deck.page.keyboard.press('s');
    await deck.page.keyboard.press('p');
    await deck.page.waitForSelector('.presenter', { state: 'detached' });
    await deck.page.waitForTimeout(1200);
    await deck.page.keyboard.press('p');
    await deck.page.waitForSelector('.presenter .slide-current');
    expect(await elapsedText(deck)).not.toBe('00:00');
    expect(await deck.page.textContent('.presenter-toggle')).toBe('Пауза');
    await deck.page.keyboard.press('t');
  });

  it('shows the countdown and the pace hint for the lecture length', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    await deck.page.keyboard.press('t');
    const length = deck.page.getByLabel('Лекція, хв');
    expect(await length.inputValue()).toBe('80');
    expect(await deck.page.textContent('.presenter-remaining')).toBe('Залишилось 1:20:00');
    // A one-minute lecture: after a few seconds, a slide this far in is well ahead of schedule.
    await length.fill('1');
    await length.press('Enter');
    expect(await deck.page.textContent('.presenter-remaining')).toBe('Залишилось 01:00');
    await deck.page.keyboard.press('s');
    await deck.page.waitForFunction(
      () =>
        /^Випереджаєте на \d+ слайд/.test(
          document.querySelector('.presenter-pace')?.textContent ?? '',
        ),
      undefined,
      { timeout: 5000 },
    );
    await deck.page.keyboard.press('s');
    await deck.page.keyboard.press('t');
    await length.fill('80');
    await length.press('Enter');
  });

  it('+ and − change the notes font, remembered after a reload', async () => {
    await openPresenter(deck, WITH_MATH_NOTES);
    const initial = await notesFontPx(deck);
    await deck.page.keyboard.type('+');
    expect(await notesFontPx(deck)).toBe(initial + 2);
    await openPresenter(deck, WITH_MATH_NOTES);
    expect(await notesFontPx(deck)).toBe(initial + 2);
    await deck.page.keyboard.press('-');
    await deck.page.keyboard.press('-');
    expect(await notesFontPx(deck)).toBe(initial - 2);
    await deck.page.getByRole('button', { name: 'Збільшити шрифт нотаток' }).click();
    expect(await notesFontPx(deck)).toBe(initial);
  });

  it('tells the lecturer when a setting cannot be saved (full storage), and keeps working', async () => {
    const full = await deck.session.newDeckPage({ width: 1280, height: 800 });
    try {
      await full.page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await openPresenter(full, WITH_MATH_NOTES);
      const before = await notesFontPx(full);
      await full.page.keyboard.type('+');
      expect(await notesFontPx(full)).toBe(before + 2);
      await full.page.waitForFunction(
        () =>
          (document.querySelector('.deck-notice')?.textContent ?? '').startsWith(
            'Не вдалося запам’ятати налаштування',
          ),
        undefined,
        { timeout: 5000 },
      );
      expect(await full.page.textContent('.deck-notice')).toContain('QuotaExceededError');
    } finally {
      await full.close();
    }
  });
});

// The fixture deck media.md: slide 2 holds two videos (one autoplay), slide 3 a YouTube frame.
describe.runIf(chromiumAvailable())('presenter view with videos (fixture deck)', () => {
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** Videos and frames in the page, by where they are. */
  const media = (): Promise<Record<string, unknown>> =>
    page.evaluate(() => ({
      previewMedia: document.querySelectorAll('.presenter-next :is(video, audio, iframe)').length,
      previewCards: [...document.querySelectorAll('.presenter-next .presenter-static-media')].map(
        (c) => c.textContent,
      ),
      playing: [...document.querySelectorAll('video')]
        .filter((v) => !v.paused)
        .map((v) => `${v.closest<HTMLElement>('.slide')?.dataset.index}:${v.className}`),
    }));

  beforeAll(async () => {
    server = await startDevServer(['media.md']);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(/youtube/, (route) => route.abort());
    await page.goto(new URL('?p=media.md#p1', server.url).href);
    await waitForDeck(page);
    await page.waitForSelector('.presenter .slide-current');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('previews a slide with videos as still cards: nothing loads or plays', async () => {
    expect(await media()).toEqual({
      previewMedia: 0,
      previewCards: ['▶ Відео', '▶ Відео'],
      playing: [],
    });
  });

  it('plays the autoplay video once its slide is current, and previews the frame as a card', async () => {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLVideoElement>('.presenter-current video.auto')?.paused === false,
    );
    expect(await media()).toEqual({
      previewMedia: 0,
      previewCards: ['▶ Відео YouTube'],
      playing: ['1:auto'],
    });
    expect(errors).toEqual([]);
  });
});
