// Lecture 5 renders as remark.js showed it: constructs that marked and KaTeX auto-render read
// differently from CommonMark, checked by what the audience sees (boxes, not only DOM text).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.ts';
import { type DevServer, startDevServer } from './support/devServer.ts';
import { waitForDeck } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

describe.runIf(chromiumAvailable())('remark.js fidelity in lecture 5', () => {
  const deck = useDeckPage();

  it('shows the whole agenda of slide 2 inside its dark panel', async () => {
    await deck.open('?p=lecture5.md#2');
    const { panel, lines } = await deck.page.evaluate(() => {
      const slide = document.querySelector('.slide-current .slide-content');
      const wrapper = slide?.querySelector('.larger-x');
      const shadow = wrapper?.querySelector('.shadow');
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const found: { text: string; box: Box }[] = [];
      if (wrapper) {
        // Every line of text in the agenda (its text nodes, one box per rendered line).
        const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          if (text === '') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (rect.width > 0 && rect.height > 0) found.push({ text, box: box(rect) });
          }
        }
      }
      return { panel: shadow ? box(shadow.getBoundingClientRect()) : undefined, lines: found };
    });
    expect(panel).toBeDefined();
    // The title line, the two top items and the five numbered ones.
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(lines.map((l) => l.text)).toContain("- Повнозв'язна мережа");
    const outside = lines.filter(
      (l) =>
        l.box.left < panel!.left - 1 ||
        l.box.right > panel!.right + 1 ||
        l.box.top < panel!.top - 1 ||
        l.box.bottom > panel!.bottom + 1,
    );
    expect(outside.map((l) => l.text)).toEqual([]);
  });
});

/** Goes to slide `n` (1-based) of the open deck and waits until it is the current one. */
async function showSlide(page: Page, n: number): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#${n}`);
  await page.waitForFunction(
    (i) => document.querySelector('.slide-current')?.getAttribute('data-index') === String(i),
    n - 1,
    { timeout: 5000 },
  );
}

describe.runIf(chromiumAvailable())('remark.js fidelity in a fixture deck', () => {
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startDevServer([['fidelity.md', 'tests/fixtures/e2e/remark-fidelity.md']]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('?p=fidelity.md#1', server.url).href);
    await waitForDeck(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('typesets inline math with spaces inside its dollars, as KaTeX auto-render did', async () => {
    await showSlide(page, 1);
    const shown = await page.evaluate(() => {
      const p = document.querySelector('.slide-current .slide-content p');
      return {
        formulas: p?.querySelectorAll('.katex').length ?? 0,
        errors: p?.querySelectorAll('.math-error').length ?? 0,
        text: p?.textContent ?? '',
      };
    });
    expect(shown.formulas).toBe(2);
    expect(shown.errors).toBe(0);
    expect(shown.text).not.toContain('$');
    expect(shown.text).toContain('— both typeset.');
  });

  it('loads an image whose path holds spaces', async () => {
    await showSlide(page, 2);
    const image = await page.waitForFunction(
      () => {
        const img = document.querySelector<HTMLImageElement>('.slide-current img');
        return img?.complete && img.naturalWidth > 0
          ? { width: img.getBoundingClientRect().width, src: img.getAttribute('src') }
          : undefined;
      },
      undefined,
      { timeout: 10_000 },
    );
    const { width, src } = (await image.jsonValue())!;
    expect(width).toBeGreaterThan(0);
    expect(src).toContain('figure%20with%20space.svg');
  });

  it('shows what is wrong with a broken construct as text on the slide', async () => {
    await showSlide(page, 3);
    const messages = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.slide-current .content-error-message, .slide-current .math-error-message',
        ),
      ].map((el) => {
        const box = el.getBoundingClientRect();
        return { text: el.textContent ?? '', width: box.width, height: box.height };
      }),
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]!.text).toContain('nosuchmacro');
    expect(messages[1]!.text).toContain('KaTeX');
    for (const m of messages) {
      expect(m.width).toBeGreaterThan(1);
      expect(m.height).toBeGreaterThan(1);
    }
    expect(errors).toEqual([]);
  });
});
