/**
 * A piece of slide text that remembers where each of its lines came from, so content
 * composed from templates, layouts and `--` continuations still reports source lines.
 */
export interface Piece {
  readonly text: string;
  /** 1-based source line of each line of `text` (length = number of `\n` + 1). */
  readonly lines: readonly number[];
}

export function pieceOf(lines: readonly string[], firstLine: number): Piece {
  return { text: lines.join('\n'), lines: lines.map((_, i) => firstLine + i) };
}

export function emptyPiece(line: number): Piece {
  return { text: '', lines: [line] };
}

/** `a`, then `b` on the next line (or after a blank line with `blankLine`). */
export function joinPieces(a: Piece, b: Piece, blankLine = false): Piece {
  if (!blankLine) return { text: `${a.text}\n${b.text}`, lines: [...a.lines, ...b.lines] };
  const last = a.lines[a.lines.length - 1] ?? 1;
  return { text: `${a.text}\n\n${b.text}`, lines: [...a.lines, last, ...b.lines] };
}

/** Concatenates pieces without adding newlines (the joined line keeps the first origin). */
class PieceBuilder {
  private text = '';
  private readonly lines: number[] = [];

  append(text: string, lines: readonly number[]): void {
    if (this.lines.length === 0) {
      this.lines.push(...lines);
    } else {
      if (this.text === '' || this.text.endsWith('\n'))
        this.lines[this.lines.length - 1] = lines[0]!;
      for (let i = 1; i < lines.length; i++) this.lines.push(lines[i]!);
    }
    this.text += text;
  }

  build(fallbackLine: number): Piece {
    return this.lines.length === 0
      ? emptyPiece(fallbackLine)
      : { text: this.text, lines: this.lines };
  }
}

const CONTENT = /(\\)?\{\{[ \t]*content[ \t]*\}\}/g;
const VARIABLE = /(\\)?\{\{([^}\n]+)\}\}/g;

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Rule 12: puts `content` at every unescaped `{{content}}` of `template`; returns
 * undefined when the template has no such placeholder.
 */
export function fillTemplate(template: Piece, content: Piece): Piece | undefined {
  const builder = new PieceBuilder();
  let cursor = 0;
  let line = 0; // index into template.lines of the line holding `cursor`
  let found = false;
  const copy = (to: number) => {
    const text = template.text.slice(cursor, to);
    const nl = countNewlines(text);
    builder.append(text, template.lines.slice(line, line + nl + 1));
    line += nl;
    cursor = to;
  };
  for (const m of template.text.matchAll(CONTENT)) {
    if (m[1] !== undefined) continue;
    found = true;
    copy(m.index);
    builder.append(content.text, content.lines);
    cursor += m[0].length;
  }
  if (!found) return undefined;
  copy(template.text.length);
  return builder.build(template.lines[0] ?? 1);
}

/** The unescaped `{{content}}` placeholders of `text`: how many, and their total length. */
export function contentSlots(text: string): { readonly count: number; readonly length: number } {
  let count = 0;
  let length = 0;
  if (!text.includes('{{')) return { count, length };
  for (const m of text.matchAll(CONTENT)) {
    if (m[1] !== undefined) continue;
    count++;
    length += m[0].length;
  }
  return { count, length };
}

/**
 * Rule 13: `{{ key }}` becomes the property's value, `\{{` escapes, unknown keys stay.
 * Returns undefined (without building the text) when the values inserted would add up to
 * more than `limit` characters; otherwise the piece and the number of characters inserted.
 */
export function expandVariables(
  piece: Piece,
  properties: Readonly<Record<string, string>>,
  limit = Number.POSITIVE_INFINITY,
): { readonly piece: Piece; readonly inserted: number } | undefined {
  if (!piece.text.includes('{{')) return { piece, inserted: 0 };
  const parts: string[] = [];
  let cursor = 0;
  let inserted = 0;
  for (const m of piece.text.matchAll(VARIABLE)) {
    const key = m[2]!.trim();
    let value: string;
    if (m[1] !== undefined) value = m[0].slice(1);
    else if (Object.hasOwn(properties, key)) value = properties[key]!;
    else if (key === 'content') value = '';
    else continue;
    if (m[1] === undefined) {
      inserted += value.length;
      if (inserted > limit) return undefined;
    }
    parts.push(piece.text.slice(cursor, m.index), value.replace(/\n/g, ' '));
    cursor = m.index + m[0].length;
  }
  parts.push(piece.text.slice(cursor));
  return { piece: { text: parts.join(''), lines: piece.lines }, inserted };
}

/** The keys used as `{{key}}` (unescaped) in `text`. */
export function variablesUsed(text: string): Set<string> {
  const used = new Set<string>();
  if (!text.includes('{{')) return used;
  for (const m of text.matchAll(VARIABLE)) if (m[1] === undefined) used.add(m[2]!.trim());
  return used;
}
