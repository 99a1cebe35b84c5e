import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { tokensToSource } from '../placeholders.ts';
import '../renderContext.ts';
import { displayText } from '../../model/displayText.ts';
import { DECK_HTML_SCHEMA, VIDEO_PLAYER_URL } from './deckHtmlSchema.ts';

type Sanitize = (tree: Root) => Root;

interface Review {
  readonly sanitize: Sanitize;
  readonly file: VFile;
  /** Author text as shown in a message (placeholder tokens back to source, shortened). */
  readonly shown: (text: string) => string;
}

const ALLOWED = new Set(DECK_HTML_SCHEMA.tagNames ?? []);
const STRIPPED = new Set(DECK_HTML_SCHEMA.strip ?? []);
/** Attributes whose refused value is worth showing (a URL). */
const URL_KEYS = new Set(['href', 'src', 'cite', 'longDesc', 'poster']);
const SHOWN_LENGTH = 48;

/**
 * Holds the author's HTML (raw HTML parsed by rehype-raw, and what markdown made) to an
 * allow-list, DECK_HTML_SCHEMA, with rehype-sanitize. It runs on each fragment before our
 * own trusted nodes (typeset math, content classes, widget and figure placeholders) are put
 * into the tree, so it never sees them. An `<iframe>` that does not show a video player is
 * removed whole. Every removal is reported as `unsafe-html` (a warning) at its deck line.
 */
export function rehypeSanitizeHtml() {
  const sanitize: Sanitize = rehypeSanitize(DECK_HTML_SCHEMA);
  return (tree: Root, file: VFile): Root => {
    const table = file.data.deck?.placeholders;
    const shown = (text: string): string =>
      displayText(table ? tokensToSource(text, table) : text, SHOWN_LENGTH);
    review(tree, { sanitize, file, shown });
    return sanitize(tree);
  };
}

/** Reports what the sanitiser will remove (and removes foreign iframes itself). */
function review(parent: Root | Element, context: Review): void {
  const { shown } = context;
  parent.children = parent.children.filter((child) => {
    if (child.type !== 'element') return true;
    const tag = shown(child.tagName);
    const report = (reason: string): void => {
      context.file.message(reason, {
        place: child.position,
        ruleId: 'unsafe-html',
        source: 'deck',
      });
    };
    if (!ALLOWED.has(child.tagName)) {
      const stripped = STRIPPED.has(child.tagName);
      const content =
        child.children.length === 0 ? '' : stripped ? ' and its content' : ', kept its content';
      report(`Removed <${tag}>${content}: not allowed in slides`);
      if (!stripped) review(child, context);
      return true;
    }
    const src = child.properties.src;
    if (child.tagName === 'iframe' && !isVideoPlayer(src)) {
      const shownSrc = typeof src === 'string' ? ` src="${shown(src)}"` : '';
      report(`Removed <iframe${shownSrc}>: only YouTube and Vimeo players may be embedded`);
      return false;
    }
    const dropped = droppedAttributes(child, context);
    if (dropped.length > 0) {
      report(`Removed from <${tag}>: ${dropped.join(', ')} (not allowed in slides)`);
    }
    review(child, context);
    return true;
  }) as typeof parent.children;
}

function isVideoPlayer(src: unknown): boolean {
  return typeof src === 'string' && VIDEO_PLAYER_URL.test(src.trim());
}

/** The element's attributes the schema refuses (by name, or a URL by its value). */
function droppedAttributes(node: Element, { sanitize, shown }: Review): string[] {
  const keys = Object.keys(node.properties).filter((k) => node.properties[k] != null);
  if (keys.length === 0) return [];
  const alone: Element = { ...node, children: [] };
  const [clean] = sanitize({ type: 'root', children: [alone] }).children;
  const kept = clean?.type === 'element' ? clean.properties : {};
  return keys
    .filter((key) => !Object.hasOwn(kept, key))
    .map((key) => {
      const value = node.properties[key];
      const name = shown(attributeName(key));
      return URL_KEYS.has(key) && typeof value === 'string' ? `${name}="${shown(value)}"` : name;
    });
}

/** `onClick` → `onclick`, `dataFooBar` → `data-foo-bar` (close enough for a message). */
function attributeName(key: string): string {
  if (/^data[A-Z0-9]/.test(key)) {
    return `data${key.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  }
  return key.toLowerCase();
}

/** No control, bidi or private-use characters; not too long. */
