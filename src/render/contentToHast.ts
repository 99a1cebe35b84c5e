import type { Element, ElementContent, Root } from 'hast';
import { displayText } from '../model/displayText.ts';
import type { Content, DeckMessage } from '../model/index.ts';
import { MAX_CLASS_DEPTH } from '../parse/limits.ts';
import { markBlock } from './blockMark.ts';
import { contentSource, locateContent } from './contentSource.ts';
import { keepHtmlBlocksWhole } from './htmlBlocks.ts';
import { keepHtmlInListItems } from './htmlInListItems.ts';
import { keepInlineHtmlInParagraphs } from './inlineHtmlLines.ts';
import { wrapSpacedDestinations } from './linkDestinations.ts';
import type { Placeholder } from './placeholders.ts';
import { makeToken, stripSentinels, tokensToSource } from './placeholders.ts';
import type { FragmentData, PendingMath } from './renderContext.ts';
import { longestParagraph, MAX_PARAGRAPH } from './renderLimits.ts';
import { keepUnreadDefinitionsText } from './unreadDefinitions.ts';

/** What rendering one slide's content needs; created per slide (notes included). */
export interface SlideRenderState {
  readonly slideIndex: number;
  readonly placeholders: Map<string, Placeholder>;
  /** Markdown of the deck's link definitions, put before every fragment (may be ''). */
  readonly definitions: string;
  /** Runs the markdown → hast processor (math typeset there); messages are forwarded. */
  readonly parseFragment: (markdown: string, data: FragmentData) => Root;
  readonly report: (message: DeckMessage) => void;
}

/**
 * Turns parsed content into hast: math, classes and errors become placeholder tokens in
 * the markdown (classes rendered recursively through the same pipeline), then the markdown
 * is parsed and the tokens substituted back (rehypePlaceholders). The parser keeps classes
 * at most MAX_CLASS_DEPTH deep; deeper ones (content built by hand) are shown as text.
 */
export function contentToHast(
  content: Content,
  startLine: number,
  state: SlideRenderState,
  depth = 0,
): Root {
  const lines = locateContent(content, startLine);
  let markdown = state.definitions;
  const lineMap: number[] = [];
  for (let i = 0; i < countLines(state.definitions); i++) lineMap.push(startLine);
  let mdLine = lineMap.length; // 0-based index of the markdown line being written

  const append = (text: string, line: number) => {
    let abs = line;
    if (lineMap[mdLine] === undefined) lineMap[mdLine] = abs;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      mdLine++;
      abs++;
      lineMap[mdLine] = abs;
    }
    markdown += text;
  };

  const math: PendingMath[] = [];
  content.forEach((node, i) => {
    const line = lines[i] ?? startLine;
    if (node.kind === 'text') {
      append(stripSentinels(node.text), line);
      return;
    }
    // Reserve the token first: rendering a class allocates tokens for its own content.
    const token = makeToken(state.placeholders.size);
    state.placeholders.set(token, {
      block: node.kind === 'math' && node.display,
      nodes: [],
      source: '',
    });
    if (node.kind === 'math') {
      // rehypeMath fills in the typeset formula.
      math.push({ token, tex: node.tex, display: node.display, line: node.line });
    } else {
      state.placeholders.set(token, placeholderFor(node, state, depth));
    }
    append(token, line);
  });

  const emptyToken = (): string => {
    const token = makeToken(state.placeholders.size);
    state.placeholders.set(token, { block: false, nodes: [], source: '' });
    return token;
  };
  const htmlBlocks = new Set<string>();
  const marker = (): string => {
    const token = emptyToken();
    htmlBlocks.add(token);
    return token;
  };
  const definitions = keepUnreadDefinitionsText(
    markdown,
    emptyToken,
    countLines(state.definitions),
  );
  for (const d of definitions.unread) {
    state.report({
      severity: 'warning',
      rule: 'image-not-read',
      message: `Definition ${displayText(d.source, 60)} is shown as text, not read as a definition: ${d.cause}. Images and links that use [${displayText(d.label, 40)}] are shown as text too.`,
      slide: state.slideIndex,
      line: lineMap[d.line] ?? startLine,
    });
  }
  markdown = keepHtmlInListItems(definitions.markdown, marker, emptyToken);
  const blocks = keepHtmlBlocksWhole(markdown, lineMap, marker, emptyToken);
  markdown = wrapSpacedDestinations(keepInlineHtmlInParagraphs(blocks.markdown, emptyToken));
  const longest = longestParagraph(markdown);
  if (longest > MAX_PARAGRAPH) {
    state.report({
      severity: 'warning',
      rule: 'too-large',
      message: `A paragraph of ${longest} characters (limit ${MAX_PARAGRAPH}) is shown as plain text`,
      slide: state.slideIndex,
      line: startLine,
    });
    return plainText(tokensToSource(markdown.slice(state.definitions.length), state.placeholders));
  }

  return state.parseFragment(markdown, {
    slideIndex: state.slideIndex,
    placeholders: state.placeholders,
    math,
    lineMap: blocks.lineMap,
    ...(htmlBlocks.size > 0 ? { htmlBlocks } : {}),
    widgets: [],
  });
}

function placeholderFor(
  node: Exclude<Content[number], { kind: 'text' | 'math' }>,
  state: SlideRenderState,
  depth: number,
): Placeholder {
  switch (node.kind) {
    case 'class': {
      if (depth >= MAX_CLASS_DEPTH) {
        state.report({
          severity: 'warning',
          rule: 'class-too-deep',
          message: `Content classes are nested more than ${MAX_CLASS_DEPTH} deep; the inner ones are shown as plain text.`,
          slide: state.slideIndex,
          line: node.line,
        });
        const source = contentSource([node]);
        return block(false, { type: 'text', value: source }, source);
      }
      const inner = contentToHast(node.children, node.line, state, depth + 1);
      const children = node.block ? inner.children : unwrapLoneParagraph(inner);
      const element: Element = {
        type: 'element',
        tagName: node.block ? 'div' : 'span',
        properties: { className: [...node.classes] },
        children: children as ElementContent[],
      };
      return block(node.block, element, contentSource([node]));
    }
    case 'error': {
      // The construct as written and, as text (not only a tooltip), what is wrong with it.
      const element: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['content-error'], title: node.message },
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties: { className: ['content-error-source'] },
            children: [{ type: 'text', value: node.source }],
          },
          { type: 'text', value: ' ' },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['content-error-message'] },
            children: [{ type: 'text', value: node.message }],
          },
        ],
      };
      return block(false, element, node.source);
    }
  }
}

function block(isBlock: boolean, node: ElementContent, source: string): Placeholder {
  return { block: isBlock, nodes: [isBlock ? markBlock(node) : node], source };
}

/** `.a[text]` renders `<p>text</p>`; inside a span only the paragraph's content is kept. */
function unwrapLoneParagraph(root: Root): Root['children'] {
  const significant = root.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = significant[0];
  if (significant.length === 1 && only?.type === 'element' && only.tagName === 'p') {
    return only.children;
  }
  return root.children;
}

/** Source shown as preformatted text (the fallback for input too large to render). */
function plainText(source: string): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: { className: ['too-large'] },
        children: [{ type: 'text', value: source }],
      },
    ],
  };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
