import type { ContentNode, Severity } from '../model/index.ts';
import { MAX_CLASS_DEPTH, MAX_DECK_CLASSES, MAX_SLIDE_CLASSES } from './limits.ts';
import type { Macro } from './macros.ts';
import { closesClass, matchBrackets } from './matchBrackets.ts';
import type { Piece } from './piece.ts';
import type { ScanEvent } from './scanEvents.ts';
import { scanMarkdown } from './scanMarkdown.ts';
import { unescapeTex } from './unescapeTex.ts';

export interface LexProblem {
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** 1-based source line. */
  readonly line: number;
}

/** Content classes lexed so far (mutable counters shared by the calls that count them). */
export interface ClassCount {
  /** On this slide (content and notes). */
  slide: number;
  /** In the whole deck (the same object for every slide); `warned` once it is full. */
  readonly deck: { count: number; warned: boolean };
}

export interface LexContext {
  readonly macros: Readonly<Record<string, Macro>>;
  readonly report: (problem: LexProblem) => void;
  /** Counts content classes against MAX_SLIDE_CLASSES and MAX_DECK_CLASSES. */
  readonly classes: ClassCount;
}

/** Macros may return macros; this deep is certainly a loop. */
const MAX_MACRO_DEPTH = 8;

interface Frame {
  readonly nodes: ContentNode[];
  readonly classes: readonly string[];
  /** 0-based line (in the piece) of the opener. */
  readonly openLine: number;
  readonly line: number;
}

/**
 * Rules 14–17 and 23: turns slide text into content nodes — markdown stays verbatim in
 * `text` nodes; matched `.a.b[ … ]` become `class` nodes, math becomes `math` nodes
 * (rule 18 applied to `tex`), macros are expanded and lexed again. Classes nested deeper
 * than MAX_CLASS_DEPTH, or beyond the per-slide and per-deck counts (src/parse/limits.ts),
 * stay plain text with a warning: each class is rendered as a fragment of its own.
 * `depth` counts macro expansions, `classDepth` the classes the piece sits in.
 */
export function lexContent(
  piece: Piece,
  context: LexContext,
  depth = 0,
  classDepth = 0,
): ContentNode[] {
  const { text } = piece;
  const events = scanMarkdown(text);
  const partner = matchBrackets(events);
  const last = piece.lines[piece.lines.length - 1] ?? 1;
  const abs = (line: number): number => piece.lines[line] ?? last;

  const root: Frame = { nodes: [], classes: [], openLine: 0, line: abs(0) };
  const stack: Frame[] = [root];
  let top = root;
  let cursor = 0;
  let lastUnclosedLine = -1;
  const warned = new Set<string>();
  /** Whether the matched opener at event `i` may become a class; if not, it stays text. */
  const allowClass = (i: number, line: number): boolean => {
    const count = context.classes;
    let rule: string | undefined;
    let message = '';
    if (classDepth + stack.length - 1 >= MAX_CLASS_DEPTH) {
      rule = 'class-too-deep';
      message = `Content classes are nested more than ${MAX_CLASS_DEPTH} deep; the inner ones are shown as plain text.`;
    } else if (count.slide >= MAX_SLIDE_CLASSES) {
      rule = 'too-many-classes';
      message = `More than ${MAX_SLIDE_CLASSES} content classes on one slide; the rest are shown as plain text.`;
    } else if (count.deck.count >= MAX_DECK_CLASSES) {
      rule = 'too-many-classes';
      message = `More than ${MAX_DECK_CLASSES} content classes in the deck; the rest are shown as plain text.`;
      if (count.deck.warned) warned.add(rule);
      count.deck.warned = true;
    }
    if (rule === undefined) {
      count.slide++;
      count.deck.count++;
      return true;
    }
    partner[partner[i]!] = -1; // its `]` is text too
    if (!warned.has(rule)) {
      warned.add(rule);
      context.report({ severity: 'warning', rule, message, line });
    }
    return false;
  };
  const add = (node: ContentNode) => {
    const prev = top.nodes[top.nodes.length - 1];
    if (node.kind === 'text' && prev?.kind === 'text') {
      top.nodes[top.nodes.length - 1] = { kind: 'text', text: prev.text + node.text };
    } else if (node.kind !== 'text' || node.text !== '') {
      top.nodes.push(node);
    }
  };
  const flush = (to: number) => {
    if (to > cursor) add({ kind: 'text', text: text.slice(cursor, to) });
    cursor = to;
  };

  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    switch (e.k) {
      case 'open': {
        const names = () => text.slice(e.pos, e.end - 1);
        if (partner[i]! < 0) {
          // One warning per line is enough (and keeps thousands of openers cheap).
          if (e.line !== lastUnclosedLine) {
            lastUnclosedLine = e.line;
            context.report({
              severity: 'warning',
              rule: 'unclosed-class',
              message: `Content class "${names()}[" is never closed; it is shown as plain text.`,
              line: abs(e.line),
            });
          }
          break;
        }
        if (!allowClass(i, abs(e.line))) break;
        flush(e.pos);
        top = {
          nodes: [],
          classes: names().slice(1).split('.'),
          openLine: e.line,
          line: abs(e.line),
        };
        stack.push(top);
        cursor = e.end;
        break;
      }
      case 'rb':
        if (!closesClass(events, partner, i)) break;
        flush(e.pos);
        {
          const frame = stack.pop()!;
          top = stack[stack.length - 1]!;
          add({
            kind: 'class',
            classes: frame.classes,
            block: e.line > frame.openLine,
            children: frame.nodes,
            line: frame.line,
          });
        }
        cursor = e.pos + 1;
        break;
      case 'math':
        flush(e.pos);
        add({ kind: 'math', tex: mathTex(e, text), display: e.display, line: abs(e.line) });
        cursor = e.end;
        break;
      case 'macro':
        flush(e.pos);
        for (const node of expandMacro(e, text.slice(e.pos, e.end), abs(e.line), context, [
          depth,
          classDepth + stack.length - 1,
        ])) {
          add(node);
        }
        cursor = e.end;
        break;
      case 'warn':
        if (e.rule === 'unclosed-math') {
          context.report({
            severity: 'warning',
            rule: e.rule,
            message: e.message,
            line: abs(e.line),
          });
        }
        break;
      default:
        break;
    }
  }
  flush(text.length);
  return root.nodes;
}

/**
 * Rule 18 applied to a formula. Spaces at the edges of TeX change nothing in the output;
 * those of inline `\(…\)` are dropped so that only an inline `$…$` keeps them: there they
 * are a sign that the two `$` may be dollar signs rather than math, which the renderer
 * mentions when KaTeX fails.
 */
function mathTex(e: Extract<ScanEvent, { k: 'math' }>, text: string): string {
  const paren = !e.display && text[e.pos] === '\\';
  return unescapeTex(paren ? e.body.trim() : e.body);
}

function expandMacro(
  e: Extract<ScanEvent, { k: 'macro' }>,
  source: string,
  line: number,
  context: LexContext,
  [depth, classDepth]: readonly [number, number],
): ContentNode[] {
  /** `message` goes to the deck check; `shown` (Ukrainian) is shown on the slide. */
  const fail = (rule: string, message: string, shown: string): ContentNode[] => {
    context.report({ severity: 'error', rule, message, line });
    return [{ kind: 'error', message: shown, source, line }];
  };
  const macro = Object.hasOwn(context.macros, e.name) ? context.macros[e.name] : undefined;
  if (!macro) {
    const known = Object.keys(context.macros).sort().join(', ');
    return fail(
      'unknown-macro',
      `Unknown macro "${e.name}" in ${source}: no macro of that name is registered (known: ${known}); the slide shows an error in its place.`,
      `Невідомий макрос «${e.name}» (відомі: ${known}).`,
    );
  }
  if (depth >= MAX_MACRO_DEPTH) {
    return fail(
      'macro-failed',
      `Macro "${e.name}" expands into itself too deeply.`,
      `Макрос «${e.name}» розгортається сам у себе забагато разів.`,
    );
  }
  let markdown: string;
  try {
    markdown = String(macro(e.args, e.target));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      'macro-failed',
      `Macro "${e.name}" failed: ${reason}`,
      `Макрос «${e.name}» не спрацював: ${reason}`,
    );
  }
  const lines = markdown.split('\n').map(() => line);
  return lexContent({ text: markdown, lines }, context, depth + 1, classDepth);
}
