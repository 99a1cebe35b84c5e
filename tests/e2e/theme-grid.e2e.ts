// The course grid (`.grid` + `.kol-A-B`) as the course stylesheet lays it out: each column's
// border box is A/B of the row (the 20 px gutter is the right padding of every column but the
// last), columns that add up to more than the row wrap, loose text takes a row of its own, and
// nothing leaves the slide. Fixture deck theme-grid.md and lecture 5's grid slides.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useDevDeckPage } from './support/useDevDeckPage.ts';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
}

interface Column extends Box {
  readonly kol: string;
  readonly paddingRight: number;
}

interface GridReport {
  readonly slide: Box;
  /** CSS px of the slide per screen px (the slide is scaled to the window). */
  readonly scale: number;
  readonly grids: { readonly row: Box; readonly columns: Column[]; readonly loose: Box[] }[];
  /** Elements inside the grids whose box leaves the slide (with their boxes). */
  readonly outside: string[];
  readonly captions: { readonly text: string; readonly box: Box; readonly column: Box }[];
}

/** Measures the grids of the current slide (evaluated in the page). */
async function measureGrids(): Promise<GridReport> {
  const slide = document.querySelector<HTMLElement>('.slide.slide-current');
  if (!slide) throw new Error('no current slide');
  await Promise.all(
    [...slide.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
  );
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width };
  };
  const slideBox = box(slide);
  const outside: string[] = [];
  const grids = [...slide.querySelectorAll('.grid')].map((grid) => {
    const columns = [...grid.querySelectorAll<HTMLElement>('[class*="kol-"]')]
      .filter((k) => k.parentElement?.closest('[class*="kol-"], .grid') === grid)
      .map((k) => ({
        ...box(k),
        kol: /kol-\d+-\d+/.exec(k.className)?.[0] ?? k.className,
        paddingRight: Number.parseFloat(getComputedStyle(k).paddingRight),
      }));
    const loose = [...grid.children]
      .filter((c) => !c.matches('[class*="kol-"]') && !c.querySelector('[class*="kol-"]'))
      .map(box);
    for (const el of grid.querySelectorAll('*')) {
      const b = box(el);
      if (b.width === 0) continue;
      if (
        b.left < slideBox.left - 1 ||
        b.right > slideBox.right + 1 ||
        b.top < slideBox.top - 1 ||
        b.bottom > slideBox.bottom + 1
      ) {
        outside.push(`${el.tagName}.${el.className} ${JSON.stringify(b)}`);
      }
    }
    return { row: box(grid), columns, loose };
  });
  const captions = [...slide.querySelectorAll('.grid .caption, .grid .center.bold')].map((c) => {
    const column = c.closest('[class*="kol-"]') ?? c;
    return { text: c.textContent ?? '', box: box(c), column: box(column) };
  });
  return { slide: slideBox, scale: slide.offsetWidth / slideBox.width, grids, outside, captions };
}

/** `kol-A-B` → A/B. */
const fraction = (kol: string): number => {
  const [, a, b] = /kol-(\d+)-(\d+)/.exec(kol) ?? [];
  return Number(a) / Number(b);
};

/** Groups columns into visual rows by their top edge. */
const rowsOf = (columns: readonly Column[]): string[][] => {
  const rows: { top: number; kols: string[] }[] = [];
  for (const c of columns) {
    const row = rows.find((r) => Math.abs(r.top - c.top) < 2);
    if (row) row.kols.push(c.kol);
    else rows.push({ top: c.top, kols: [c.kol] });
  }
  return rows.map((r) => r.kols);
};

/** Each column is A/B of the row within 2 %; the gutter is 20 slide px on all but the last. */
const expectCourseWidths = (report: GridReport): void => {
  for (const grid of report.grids) {
    grid.columns.forEach((column, i) => {
      const expected = fraction(column.kol) * grid.row.width;
      expect(
        Math.abs(column.width - expected) / expected,
        `${column.kol}: ${column.width.toFixed(1)} px of a ${grid.row.width.toFixed(1)} px row`,
      ).toBeLessThanOrEqual(0.02);
      const last = i === grid.columns.length - 1;
      expect(column.paddingRight, `${column.kol} gutter`).toBe(last ? 0 : 20);
    });
  }
};

describe.runIf(chromiumAvailable())('the course grid', () => {
  const dev = useDevDeckPage(['theme-grid.md', ['lecture5.md', 'slides/lecture5.md']]);
  const { errors } = dev;

  const measure = async (deck: string, slide: number): Promise<GridReport> => {
    await dev.open(`?p=${deck}#${slide}`);
    return dev.page.evaluate(measureGrids);
  };

  it.each([
    [1, 'a block 3/4 + 1/4', [['kol-3-4', 'kol-1-4']]],
    [2, 'two one-paragraph halves', [['kol-1-2', 'kol-1-2']]],
    [3, 'three thirds', [['kol-1-3', 'kol-1-3', 'kol-1-3']]],
    [4, 'two 2/3 columns: the second wraps', [['kol-2-3'], ['kol-2-3']]],
    [5, 'image columns with captions', [['kol-3-5', 'kol-2-5']]],
    [6, 'columns and loose text', [['kol-1-2', 'kol-1-2']]],
    [7, 'a one-paragraph row of image columns', [['kol-4-5', 'kol-1-5']]],
    [8, 'a block column and a one-paragraph column', [['kol-3-4', 'kol-1-4']]],
    [9, 'inline columns followed by text', [['kol-1-2', 'kol-1-2']]],
  ])('fixture slide %i (%s): widths, rows, inside the slide', async (slide, _name, rows) => {
    const report = await measure('theme-grid.md', slide);
    expect(report.grids).toHaveLength(1);
    expect(rowsOf(report.grids[0]?.columns ?? [])).toEqual(rows);
    expectCourseWidths(report);
    expect(report.outside).toEqual([]);
  });

  it('puts loose text in a grid on a line of its own, full width, under the columns', async () => {
    const report = await measure('theme-grid.md', 6);
    const grid = report.grids[0];
    expect(grid?.loose).toHaveLength(1);
    const text = grid?.loose[0];
    const columnsBottom = Math.max(...(grid?.columns ?? []).map((c) => c.bottom));
    expect(text?.top).toBeGreaterThanOrEqual(columnsBottom - 1);
    expect(text?.left).toBeCloseTo(grid?.row.left ?? Number.NaN, 0);
    expect(text?.width).toBeCloseTo(grid?.row.width ?? Number.NaN, 0);
  });

  it('keeps every caption inside its own column (no captions side by side)', async () => {
    for (const slide of [5, 7]) {
      const report = await measure('theme-grid.md', slide);
      expect(report.captions.length).toBeGreaterThanOrEqual(2);
      for (const { text, box, column } of report.captions) {
        expect(box.left, text).toBeGreaterThanOrEqual(column.left - 1);
        expect(box.right, text).toBeLessThanOrEqual(column.right + 1);
      }
      const tops = report.captions.map((c) => c.box.top);
      if (slide === 7) expect(tops[1]).toBeGreaterThan((tops[0] ?? 0) + 20);
    }
  });

  // Lecture 5's grid slides (1-based): Hubel & Wiesel, AlexNet, VGG, GoogLeNet, ResNet.
  it.each([
    [20, ['kol-4-5', 'kol-1-5']],
    [29, ['kol-3-5', 'kol-2-5']],
    [30, ['kol-2-5', 'kol-3-5']],
    [31, ['kol-4-5', 'kol-1-5']],
    [32, ['kol-4-5', 'kol-1-5']],
  ])(
    'lecture 5 slide %i: columns as the author wrote them, inside the slide',
    async (slide, kols) => {
      const report = await measure('lecture5.md', slide);
      expect(report.grids.map((g) => g.columns.map((c) => c.kol))).toEqual([kols]);
      expect(rowsOf(report.grids[0]?.columns ?? [])).toEqual([kols]);
      expectCourseWidths(report);
      expect(report.outside).toEqual([]);
    },
  );

  it('throws nothing', () => {
    expect(errors).toEqual([]);
  });
});
