import type { CheckItem, CheckReport } from './checkDeck.ts';

export interface FormatOptions {
  /** Path shown in the heading, e.g. `slides/lecture5.md` (defaults to the deck id). */
  readonly path?: string;
  /** Also list `info` items. */
  readonly verbose?: boolean;
}

/**
 * A readable per-slide report:
 *
 *     slides/lecture5.md: 79 slides, 0 errors, 2 warnings
 *       slide 4
 *         line 45  warning  missing-figure  Missing figure: figures/lec5/mnist-samples.png
 */
export function formatReport(report: CheckReport, options: FormatOptions = {}): string {
  const shown = report.items.filter((i) => options.verbose || i.severity !== 'info');
  const heading =
    `${options.path ?? report.id}: ${plural(report.slideCount, 'slide')}, ` +
    `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
  const lines = [heading];
  let group: string | undefined;
  for (const item of shown) {
    const title = item.slide === undefined ? 'deck' : `slide ${item.slide}`;
    if (title !== group) {
      lines.push(`  ${title}`);
      group = title;
    }
    lines.push(`    ${formatItem(item)}`);
  }
  if (shown.length === 0) lines.push('  no problems found');
  return lines.join('\n');
}

function formatItem(item: CheckItem): string {
  const where = item.line === undefined ? '' : `line ${item.line}  `;
  return `${where}${item.severity}  ${item.rule}  ${item.message.replace(/\s*\n\s*/g, ' ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
