/** Characters whose backslash escape marked removed (rule 18); the backslash itself too. */
const MARKED_ESCAPABLE = new Set('\\`*{}[]()#+-.!_>'.split(''));

/**
 * Rule 18: decks written for remark.js escaped markdown characters inside math
 * (`\sum\_{m=0}`), because marked ran before KaTeX. Removes the backslashes marked would
 * have removed and keeps every other one (`\,`, `\int`, `\mathbf`).
 *
 * A run of n backslashes gives ⌊n/2⌋ backslashes, and an odd last one escapes the next
 * character when marked would have (`\\\\` → `\\`, `\_` → `_`). One deliberate
 * exception: exactly `\\` before whitespace, `[` or the end is kept as the TeX line
 * break authors of new decks write in `aligned` environments (marked would have turned it
 * into a control space, which nobody means there).
 */
export function unescapeTex(tex: string): string {
  if (!tex.includes('\\')) return tex;
  let out = '';
  let i = 0;
  while (i < tex.length) {
    const ch = tex[i]!;
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    let n = 0;
    while (tex[i + n] === '\\') n++;
    const next = tex[i + n];
    i += n;
    if (n === 2 && (next === undefined || next === '[' || /\s/.test(next))) {
      out += '\\\\';
      continue;
    }
    out += '\\'.repeat(n >> 1);
    if (n % 2 === 1) {
      if (next !== undefined && MARKED_ESCAPABLE.has(next)) {
        out += next;
        i++;
      } else {
        out += '\\';
      }
    }
  }
  return out;
}
