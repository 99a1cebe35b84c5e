import type { ElementContent, Root } from 'hast';
import type {
  Deck,
  DeckMessage,
  LinkDefinition,
  RenderedDeck,
  RenderedSlide,
  Slide,
} from '../model/index.ts';
import type { SlideRenderState } from './contentToHast.ts';
import { contentToHast } from './contentToHast.ts';
import type { Renderer } from './createRenderer.ts';
import { createRenderer } from './createRenderer.ts';
import { hastText } from './hastText.ts';
import type { Placeholder } from './placeholders.ts';
import { stripSentinels } from './placeholders.ts';
import type { FigureStandIn } from './plugins/rehypeFigureStandIns.ts';
import type { FragmentData } from './renderContext.ts';
import { slideStyle } from './slideStyle.ts';

export interface RenderOptions {
  /** The deck's file name under slides/, e.g. `lecture5.md`. */
  readonly id: string;
  /**
   * Whether a local file exists; `path` is relative to the project root with no leading
   * `./` or `/` (e.g. `figures/lec5/x.png`). Missing figures become placeholder cards.
   * When absent, every local file is assumed to exist.
   */
  readonly fileExists?: (path: string) => boolean;
  /**
   * Live widgets standing in for missing figures (project-relative path → widget name and
   * params), e.g. the table of src/widgets/standIns.ts. Default: none.
   */
  readonly figureStandIns?: Readonly<Record<string, FigureStandIn>>;
}

const everyFileExists = (): boolean => true;

/**
 * Renders every slide of a parsed deck to HTML (math typeset, code highlighted, missing
 * figures replaced by cards). Pure and synchronous; problems become messages, never throws.
 */
export function renderDeck(deck: Deck, options: RenderOptions): RenderedDeck {
  const given = options.fileExists ?? everyFileExists;
  // A failing file system check must not break rendering: treat the file as missing.
  const fileExists = (path: string): boolean => {
    try {
      return given(path);
    } catch {
      return false;
    }
  };
  const renderer = createRenderer({
    fileExists,
    figureStandIns: options.figureStandIns ?? {},
    mathCache: new Map(),
  });
  const definitions = linkDefinitions(deck.links);
  const messages: DeckMessage[] = [...deck.messages];
  let title: string | undefined;
  let subtitle: string | undefined;

  const slides = deck.slides.map((slide): RenderedSlide => {
    const report = (m: DeckMessage) => messages.push(m);
    const rendered = renderSlide(slide, { renderer, definitions, fileExists, report });
    if (title === undefined && rendered.h1 !== undefined) {
      title = rendered.h1;
      subtitle = rendered.subtitle;
    }
    return rendered.slide;
  });

  return {
    id: options.id,
    title: title ?? options.id,
    ...(subtitle === undefined ? {} : { subtitle }),
    ratio: deck.ratio,
    total: deck.total,
    slides,
    messages,
  };
}

interface DeckState {
  readonly renderer: Renderer;
  readonly definitions: string;
  readonly fileExists: (path: string) => boolean;
  readonly report: (m: DeckMessage) => void;
}

function renderSlide(
  slide: Slide,
  deck: DeckState,
): { slide: RenderedSlide; h1?: string | undefined; subtitle?: string | undefined } {
  const index = slide.index;
  const placeholders = new Map<string, Placeholder>();
  const state: SlideRenderState = {
    slideIndex: index,
    placeholders,
    definitions: deck.definitions,
    parseFragment: (md, data) => deck.renderer.parseFragment(md, data, deck.report),
    report: deck.report,
  };
  const data: FragmentData = { slideIndex: index, placeholders, widgets: [] };
  const { style, problems } = slideStyle(slide.properties, deck.fileExists);
  for (const p of problems) {
    deck.report({
      severity: 'warning',
      rule: p.rule,
      message: p.message,
      slide: index,
      line: slide.lines.start,
    });
  }

  let html: string;
  let notesHtml = '';
  let text = '';
  let h1: string | undefined;
  let subtitle: string | undefined;
  try {
    const tree = contentToHast(slide.content, slide.lines.start, state);
    const notesTree = contentToHast(slide.notes, slide.lines.start, state);
    ({ h1, subtitle } = firstH1(tree));
    text = [hastText(tree), hastText(notesTree)].filter(Boolean).join('\n');
    html = deck.renderer.finish(tree, data, deck.report);
    if (slide.notes.length > 0) {
      notesHtml = deck.renderer.finish(notesTree, { ...data, widgets: [] }, deck.report);
    }
  } catch (error) {
    // A bug of ours or of a library must not take the deck down: show it on the slide.
    const message = error instanceof Error ? error.message : String(error);
    deck.report({
      severity: 'error',
      rule: 'render-failed',
      message: `The slide could not be rendered: ${message}`,
      slide: index,
      line: slide.lines.start,
    });
    html = `<pre class="render-failed">${escapeHtml(message)}</pre>`;
  }

  return {
    h1,
    subtitle,
    slide: {
      index,
      number: slide.number,
      ...(slide.name !== undefined ? { name: slide.name } : {}),
      classes: slide.classes,
      style,
      html,
      notesHtml,
      incremental: slide.incremental,
      text,
      widgets: data.widgets,
      lines: slide.lines,
    },
  };
}

const SUBTITLE_MAX = 120;

const plainText = (node: ElementContent): string =>
  hastText({ type: 'root', children: [node] })
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The first non-empty h1 in document order, and the text of the first paragraph that follows
 * it among its siblings (before another heading), at most SUBTITLE_MAX characters.
 */
function firstH1(tree: Root): { h1?: string; subtitle?: string } {
  const stack: { node: ElementContent; siblings: readonly ElementContent[]; at: number }[] = [];
  const push = (children: readonly (ElementContent | Root['children'][number])[]) => {
    const list = children as readonly ElementContent[];
    for (let i = list.length - 1; i >= 0; i--)
      stack.push({ node: list[i]!, siblings: list, at: i });
  };
  push(tree.children);
  while (stack.length > 0) {
    const { node, siblings, at } = stack.pop()!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'h1') {
      const text = plainText(node);
      if (text !== '') return { h1: text, ...subtitleAfter(siblings, at) };
    }
    push(node.children);
  }
  return {};
}

function subtitleAfter(siblings: readonly ElementContent[], at: number): { subtitle?: string } {
  for (const next of siblings.slice(at + 1)) {
    if (next.type !== 'element') continue;
    if (/^h[1-6]$/.test(next.tagName)) return {};
    if (next.tagName !== 'p') continue;
    const text = plainText(next);
    if (text === '') continue;
    const short =
      [...text].length > SUBTITLE_MAX ? `${[...text].slice(0, SUBTITLE_MAX - 1).join('')}…` : text;
    return { subtitle: short };
  }
  return {};
}

/** The deck's `[id]: url "title"` lines, put before every fragment so references resolve. */
function linkDefinitions(links: Readonly<Record<string, LinkDefinition>>): string {
  const lines = Object.entries(links).map(([id, link]) => {
    const label = id.replace(/[[\]\\]/g, (c) => `\\${c}`);
    const url = link.url.replace(/[<>\n\\]/g, (c) => `\\${c}`).replace(/\s/g, '%20');
    const title = link.title === undefined ? '' : ` "${link.title.replace(/["\\\n]/g, ' ')}"`;
    return `[${label}]: <${url}>${title}`;
  });
  return lines.length === 0 ? '' : stripSentinels(`${lines.join('\n')}\n\n`);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
