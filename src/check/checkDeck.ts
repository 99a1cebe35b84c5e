import type { DeckMessage, RenderedSlide, Severity, SlideNumber } from '../model/index.ts';
import { slideNumber } from '../model/index.ts';
import { parseDeck } from '../parse/index.ts';
import { type FigureStandIn, renderDeck } from '../render/index.ts';

export interface CheckOptions {
  /** The deck's file name, e.g. `lecture5.md`. */
  readonly id: string;
  /** Whether a project-root-relative path exists (e.g. `figures/lec5/x.png`). */
  readonly fileExists: (path: string) => boolean;
  /**
   * Missing figures that a live widget stands in for: not listed as missing. The app's table
   * (src/widgets/standIns.ts, the one the deck plugin renders with) is passed in by callers
   * (scripts/lib/appCheckOptions.ts): check/ does not import widgets/.
   */
  readonly figureStandIns?: Readonly<Record<string, FigureStandIn>>;
  /** Ids a `![:run id]` live cell may name (the app's: src/ml/session); unchecked if absent. */
  readonly liveCellIds?: readonly string[];
}

export interface CheckItem {
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** 1-based position of the slide in the shown slides (what `#N` opens), if any. */
  readonly slide?: SlideNumber;
  /** 1-based line in the deck file, if known. */
  readonly line?: number;
}

export interface CheckReport {
  readonly id: string;
  readonly slideCount: number;
  /** Sorted by slide, then line; deck-wide items first. */
  readonly items: readonly CheckItem[];
  readonly errors: number;
  readonly warnings: number;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Parses and renders a deck and collects every problem found on the way (KaTeX errors,
 * missing figures and linked files, unclosed classes, unknown properties, …).
 * Problems that repeat on incremental slides (same rule, line and message) are reported once.
 */
export function checkDeck(source: string, options: CheckOptions): CheckReport {
  const deck = parseDeck(source);
  const rendered = renderDeck(deck, {
    id: options.id,
    fileExists: options.fileExists,
    ...(options.figureStandIns === undefined ? {} : { figureStandIns: options.figureStandIns }),
  });
  const seen = new Set<string>();
  const items: CheckItem[] = [];
  for (const m of rendered.messages) {
    const key = `${m.rule}\u0000${m.line ?? ''}\u0000${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(toItem(m));
  }
  if (options.liveCellIds !== undefined) {
    items.push(...unknownLiveCells(rendered.slides, options.liveCellIds));
  }
  items.sort(
    (a, b) =>
      (a.slide ?? 0) - (b.slide ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {
    id: options.id,
    slideCount: rendered.slides.length,
    items,
    errors: items.filter((i) => i.severity === 'error').length,
    warnings: items.filter((i) => i.severity === 'warning').length,
  };
}

/** `![:run id]` cells whose id the app does not know (each slide once per id). */
function unknownLiveCells(slides: readonly RenderedSlide[], known: readonly string[]): CheckItem[] {
  const items: CheckItem[] = [];
  const seen = new Set<string>();
  for (const slide of slides) {
    for (const w of slide.widgets) {
      const cell = w.params.cell ?? '';
      if (w.name !== 'live-cell' || known.includes(cell)) continue;
      const key = `${slide.lines.start}\u0000${cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        severity: 'error',
        rule: 'unknown-live-cell',
        message: `Unknown live cell "${cell}" (known: ${known.join(', ')}).`,
        slide: slideNumber(slide.index + 1),
        line: slide.lines.start,
      });
    }
  }
  return items;
}

function toItem(m: DeckMessage): CheckItem {
  return {
    severity: m.severity,
    rule: m.rule,
    message: m.message,
    ...(m.slide !== undefined ? { slide: slideNumber(m.slide + 1) } : {}),
    ...(m.line !== undefined ? { line: m.line } : {}),
  };
}

/** Whether a report should fail the check (`strict`: warnings fail too). */
export function reportFails(report: CheckReport, strict = false): boolean {
  return report.errors > 0 || (strict && report.warnings > 0);
}
