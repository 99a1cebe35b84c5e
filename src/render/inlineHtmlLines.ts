/**
 * remark.js (marked) never starts an HTML block with an inline tag: a line holding only
 * `<br>` (or `<span …>`, `<img …>`) stays paragraph text, so `<br>\n# Title` is a break and
 * a heading. CommonMark instead opens an HTML block (kind 7) that swallows the following
 * lines as raw HTML. Prefixing such a line with an empty placeholder token keeps it in a
 * paragraph, as marked did. Fenced code is left alone.
 */
const INLINE_TAGS =
  'a|abbr|b|bdi|bdo|br|cite|code|data|del|dfn|em|i|img|ins|kbd|mark|q|rp|rt|ruby|s|samp|small|span|strong|sub|sup|time|u|var|wbr';
const ATTRIBUTE = `\\s+[a-zA-Z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const LONE_INLINE_TAG = new RegExp(
  `^( {0,3})((?:<(?:${INLINE_TAGS})(?:${ATTRIBUTE})*\\s*/?>|</(?:${INLINE_TAGS})\\s*>)\\s*)$`,
  'i',
);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function keepInlineHtmlInParagraphs(markdown: string, emptyToken: () => string): string {
  if (!markdown.includes('<')) return markdown;
  let fence: string | undefined;
  let changed = false;
  const lines = markdown.split('\n').map((line) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return line;
    }
    if (marker) {
      fence = marker;
      return line;
    }
    const match = LONE_INLINE_TAG.exec(line);
    if (!match) return line;
    changed = true;
    return `${match[1]}${emptyToken()}${match[2]}`;
  });
  return changed ? lines.join('\n') : markdown;
}
