/**
 * Rule 5: CRLF and lone CR become LF, a leading BOM is dropped, and the indentation
 * common to every non-blank line is removed (decks embedded in HTML are often indented).
 */
export function normalizeSource(source: string): string {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  text = text.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let common: string | undefined;
  for (const line of lines) {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (indent.length === line.length) continue; // blank
    if (common === undefined) {
      common = indent;
    } else if (!indent.startsWith(common)) {
      let k = 0;
      while (k < common.length && k < indent.length && common[k] === indent[k]) k++;
      common = common.slice(0, k);
    }
    if (common === '') return text;
  }
  if (!common) return text;
  const width = common.length;
  return lines
    .map((line) => (line.startsWith(common) ? line.slice(width) : line.replace(/^[ \t]+/, '')))
    .join('\n');
}
