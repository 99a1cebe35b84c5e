import type { Root } from 'hast';
import rehypeHighlight from 'rehype-highlight';

import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { DeckMessage, Severity } from '../model/index.ts';
import { highlightLanguages } from './highlightLanguages.ts';
import { rehypeDeckLines } from './plugins/rehypeDeckLines.ts';
import { rehypeEscapedDollars } from './plugins/rehypeEscapedDollars.ts';
import type { FigureStandIn } from './plugins/rehypeFigureStandIns.ts';
import { rehypeFigureStandIns } from './plugins/rehypeFigureStandIns.ts';
import { rehypeHtmlBlocks } from './plugins/rehypeHtmlBlocks.ts';
import { rehypeInlineDisplayMath } from './plugins/rehypeInlineDisplayMath.ts';
import { rehypeLocalLinks } from './plugins/rehypeLocalLinks.ts';
import { rehypeMath } from './plugins/rehypeMath.ts';
import { rehypeMissingFigures } from './plugins/rehypeMissingFigures.ts';
import { rehypePlaceholders } from './plugins/rehypePlaceholders.ts';
import { rehypeRawWhenNeeded } from './plugins/rehypeRawWhenNeeded.ts';
import { rehypeSanitizeHtml } from './plugins/rehypeSanitizeHtml.ts';
import { rehypeUnreadImages } from './plugins/rehypeUnreadImages.ts';
import { rehypeWidgets } from './plugins/rehypeWidgets.ts';
import type { FragmentData } from './renderContext.ts';
import type { MathCache } from './renderMath.ts';

export interface Renderer {
  /** Markdown (with placeholder tokens) → hast; positions become deck lines. */
  parseFragment(markdown: string, data: FragmentData, report: (m: DeckMessage) => void): Root;
  /** Sanitises, highlights, checks files, collects widgets (into `data`) and serialises. */
  finish(tree: Root, data: FragmentData, report: (m: DeckMessage) => void): string;
}

export interface RendererOptions {
  readonly fileExists: (path: string) => boolean;
  readonly figureStandIns: Readonly<Record<string, FigureStandIn>>;
  readonly mathCache: MathCache;
}

/** Our names for rule ids of third-party plugins. */
const RULES: Readonly<Record<string, string>> = { 'missing-language': 'unknown-language' };

/**
 * Builds the two processors once per deck render. Trust order: the sanitiser sees only what
 * the author wrote (markdown and its raw HTML, parsed by rehype-raw); everything added after
 * it is ours — typeset math (as a tree), content classes (fragments sanitised on their own),
 * highlighting, figure cards and stand-ins, widget ids. No raw HTML reaches the serialiser.
 */
export function createRenderer(options: RendererOptions): Renderer {
  const fragment = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeHtmlBlocks)
    .use(rehypeEscapedDollars)
    .use(rehypeRawWhenNeeded)
    .use(rehypeDeckLines)
    .use(rehypeUnreadImages)
    // Only fills the placeholder table (the sanitiser's messages show math as written).
    .use(rehypeMath, { cache: options.mathCache })
    .use(rehypeSanitizeHtml)
    .use(rehypePlaceholders)
    .freeze();
  const finish = unified()
    .use(rehypeInlineDisplayMath)
    .use(rehypeHighlight, { languages: highlightLanguages, detect: false })
    .use(rehypeFigureStandIns, {
      fileExists: options.fileExists,
      standIns: options.figureStandIns,
    })
    .use(rehypeMissingFigures, { fileExists: options.fileExists })
    .use(rehypeLocalLinks, { fileExists: options.fileExists })
    .use(rehypeWidgets)
    .use(rehypeStringify)
    .freeze();

  return {
    parseFragment(markdown, data, report) {
      const file = new VFile({ value: markdown, data: { deck: data } });
      const tree = fragment.runSync(fragment.parse(file), file) as Root;
      forward(file, data.slideIndex, report);
      return tree;
    },
    finish(tree, data, report) {
      const file = new VFile({ data: { deck: data } });
      const done = finish.runSync(tree, file) as Root;
      const html = finish.stringify(done, file);
      forward(file, data.slideIndex, report);
      return html;
    },
  };
}

function severity(fatal: boolean | null | undefined): Severity {
  if (fatal === true) return 'error';
  return fatal === false ? 'warning' : 'info';
}

/** Positions are deck lines by now (rehypeDeckLines, rehypeMath): messages keep them. */
function forward(file: VFile, slide: number, report: (m: DeckMessage) => void): void {
  for (const m of file.messages) {
    const rule = m.ruleId ? (RULES[m.ruleId] ?? m.ruleId) : 'render';
    report({
      severity: severity(m.fatal),
      rule,
      message: m.reason,
      slide,
      ...(typeof m.line === 'number' ? { line: m.line } : {}),
    });
  }
}
