// Lecture 5 renders as remark.js showed it: constructs that marked and KaTeX auto-render read
// differently from CommonMark, checked by what the audience sees (boxes, not only DOM text).
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
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
