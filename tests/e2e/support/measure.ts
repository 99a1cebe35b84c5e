// Functions evaluated inside the page (they must not close over Node values).

export interface SlideReport {
  readonly index: number;
  readonly title: string;
  readonly number: string;
  readonly overflow: readonly string[];
  readonly mathErrors: number;
  /** Display formulas that contain a subscript (`msub` in MathML or `.msupsub` in HTML). */
  readonly displayMathWithSubscripts: number;
  readonly displayMath: number;
  /** For every `Output Shape` table: the worst column misalignment in CSS px. */
  readonly summaryMisalignment: readonly number[];
}

/** Measures the slide that is currently shown. */
export async function measureCurrentSlide(): Promise<SlideReport> {
  const slide = document.querySelector<HTMLElement>('.slide.slide-current');
  if (!slide) throw new Error('no current .slide in the page');
  await Promise.all(
    [...slide.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
  );
  // Widgets mount asynchronously (lazy import): give them up to 3 s to fill their placeholder.
  const deadline = performance.now() + 3000;
  const unmounted = () =>
    [...slide.querySelectorAll('[data-widget-id]')].some(
      (w) =>
        w.childElementCount === 0 ||
        (w.hasAttribute('data-figure') && !w.hasAttribute('data-state')),
    );
  while (unmounted() && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const overflow: string[] = [];
  const tolerance = 1;
  if (slide.scrollHeight > slide.clientHeight + tolerance) {
    overflow.push(`slide height ${slide.scrollHeight} > ${slide.clientHeight}`);
  }
  if (slide.scrollWidth > slide.clientWidth + tolerance) {
    overflow.push(`slide width ${slide.scrollWidth} > ${slide.clientWidth}`);
  }
  for (const el of slide.querySelectorAll<HTMLElement>('pre, pre > code, .katex-display')) {
    if (el.scrollWidth > el.clientWidth + tolerance) {
      overflow.push(
        `${el.tagName.toLowerCase()}.${el.className} width ${el.scrollWidth} > ${el.clientWidth}`,
      );
    }
  }
  // The footnote is pinned to the bottom: nothing in the flow may run under it.
  const footnote = slide.querySelector('.footnote');
  if (footnote) {
    const top = footnote.getBoundingClientRect().top;
    let bottom = 0;
    for (const el of slide.querySelectorAll('.slide-content *')) {
      if (el.closest('.footnote, .katex-mathml')) continue;
      const style = getComputedStyle(el);
      if (style.position === 'absolute' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      if (box.height > 0) bottom = Math.max(bottom, box.bottom);
    }
    if (bottom > top + tolerance)
      overflow.push(`content runs under the footnote by ${bottom - top}px`);
  }
  const scale = slide.getBoundingClientRect().width / slide.offsetWidth;

  // x position of the character at `offset` in the text of `root`.
  const charX = (root: Element, offset: number): number => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (offset < seen + length) {
        const range = document.createRange();
        range.setStart(node, offset - seen);
        range.setEnd(node, offset - seen + 1);
        return range.getBoundingClientRect().left / scale;
      }
      seen += length;
    }
    return Number.NaN;
  };
  const summaryMisalignment: number[] = [];
  for (const code of slide.querySelectorAll('pre')) {
    const text = code.textContent ?? '';
    if (!text.includes('Output Shape')) continue;
    const lines = text.split('\n');
    let start = 0;
    const lineStarts = lines.map((line) => {
      const s = start;
      start += line.length + 1;
      return s;
    });
    const headerIndex = lines.findIndex((l) => l.includes('Output Shape'));
    const header = lines[headerIndex] ?? '';
    const columns = [header.indexOf('Output Shape'), header.indexOf('Param #')];
    let worst = 0;
    let compared = 0;
    lines.forEach((line, i) => {
      if (i <= headerIndex) return;
      for (const column of columns) {
        const at = line[column];
        if (at === undefined || at === ' ' || line[column - 1] !== ' ') continue;
        const dx = Math.abs(
          charX(code, (lineStarts[i] ?? 0) + column) -
            charX(code, (lineStarts[headerIndex] ?? 0) + column),
        );
        worst = Math.max(worst, dx);
        compared += 1;
      }
    });
    summaryMisalignment.push(compared > 0 ? worst : Number.POSITIVE_INFINITY);
  }
  const displays = [...slide.querySelectorAll('.katex-display')];
  return {
    index: Number(slide.dataset.index),
    title: slide.querySelector('h1, h2')?.textContent?.trim() ?? '',
    number: slide.querySelector('.slide-number')?.textContent ?? '',
    overflow,
    mathErrors: slide.querySelectorAll('.math-error, .katex-error').length,
    displayMath: displays.length,
    displayMathWithSubscripts: displays.filter((d) => d.querySelector('msub, .msupsub')).length,
    summaryMisalignment,
  };
}
