import type { Root, RootContent } from 'hast';

/** Elements whose text is shown as written: a `\$` there stays `\$`. */
const VERBATIM = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);
/** A comment, a tag (its name captured) or a run of text. */
const PART = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w-]*)(?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+|</g;

/**
 * `\$` is a literal dollar sign everywhere outside code (the parser never lets it open or
 * close math). Markdown already turns it into `$` in paragraphs, but not in the text of raw
 * HTML that CommonMark copies as it is (an HTML block it reads differently from marked,
 * such as an indented `<div>` after a paragraph line): this does it there, outside
 * `<pre>`, `<code>` and the like, and keeps `\\` pairs. Runs before rehype-raw.
 */
export function rehypeEscapedDollars() {
  return (tree: Root): void => {
    const walk = (nodes: RootContent[]): void => {
      for (const node of nodes) {
        if (node.type === 'raw') {
          if (node.value.includes('\\$')) node.value = unescapeDollars(node.value);
        } else if ('children' in node) {
          walk(node.children);
        }
      }
    };
    walk(tree.children);
  };
}

function unescapeDollars(html: string): string {
  let verbatim = 0;
  let out = '';
  for (const match of html.matchAll(PART)) {
    const part = match[0];
    const tag = match[2]?.toLowerCase();
    if (tag !== undefined && VERBATIM.has(tag))
      verbatim = Math.max(0, verbatim + (match[1] ? -1 : 1));
    out +=
      tag === undefined && verbatim === 0 && !part.startsWith('<')
        ? part.replace(/\\([\\$])/g, (pair, c: string) => (c === '$' ? '$' : pair))
        : part;
  }
  return out;
}
