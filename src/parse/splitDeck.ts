import { closesClass, matchBrackets } from './matchBrackets.ts';
import type { ScanEvent } from './scanEvents.ts';
import { scanMarkdown } from './scanMarkdown.ts';

/** One slide's stretch of source lines (0-based, `[start, end)`, separators excluded). */
export interface Chunk {
  /** Started by a `--` line: continues the previous slide. */
  readonly continued: boolean;
  readonly start: number;
  readonly end: number;
  /** The line of the first `???` (notes follow it), if any. */
  readonly notesAt?: number;
}

export interface DefinitionLine {
  readonly id: string;
  readonly url: string;
  readonly title?: string;
  readonly line: number;
}

export interface DeckWarning {
  readonly rule: string;
  readonly message: string;
  /** 0-based line. */
  readonly line: number;
}

export interface SplitResult {
  readonly chunks: readonly Chunk[];
  readonly definitions: readonly DefinitionLine[];
  readonly warnings: readonly DeckWarning[];
}

/**
 * Rules 1–4: splits a normalised deck into slide chunks at `---`, `<!-- break -->` and
 * `--` lines, and marks the first `???` of each chunk. Separator lines inside code, HTML
 * comments or a content class that is closed later do not split.
 */
export function splitDeck(text: string, lineCount: number): SplitResult {
  const events = scanMarkdown(text);
  const partner = matchBrackets(events);
  const separators: Extract<ScanEvent, { k: 'sep' }>[] = [];
  const definitions: DefinitionLine[] = [];
  const warnings: DeckWarning[] = [];
  let depth = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.k === 'open' && partner[i]! >= 0) depth++;
    else if (e.k === 'rb' && closesClass(events, partner, i)) depth--;
    else if (e.k === 'sep' && depth === 0) separators.push(e);
    else if (e.k === 'def') {
      definitions.push({
        id: e.id,
        url: e.url,
        line: e.line,
        ...(e.title !== undefined ? { title: e.title } : {}),
      });
    } else if (e.k === 'warn' && e.rule !== 'unclosed-math') {
      // Inside a content class the line would not have split anyway.
      if (e.rule === 'separator-trailing-space' && depth > 0) continue;
      warnings.push({ rule: e.rule, message: e.message, line: e.line });
    }
  }

  const chunks: Chunk[] = [];
  let continued = false;
  let start = 0;
  let notesAt: number | undefined;
  const close = (end: number) => {
    chunks.push({ continued, start, end, ...(notesAt !== undefined ? { notesAt } : {}) });
  };
  for (const s of separators) {
    if (s.mark === '???') {
      notesAt ??= s.line;
      continue;
    }
    close(s.line);
    continued = s.mark === '--';
    start = s.line + 1;
    notesAt = undefined;
  }
  close(lineCount);
  return { chunks, definitions, warnings };
}
