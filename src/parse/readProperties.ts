/** A `key: value` line read from the top of a slide. */
export interface PropertyLine {
  readonly key: string;
  readonly value: string;
  /** 0-based line in the deck. */
  readonly line: number;
}

/** ASCII keys only (`\w` is ASCII in JS), so `Приклад: текст` stays content. */
const PROPERTY = /^([-\w]+):(.*)$/;

export const KNOWN_PROPERTIES: ReadonlySet<string> = new Set([
  'name',
  'class',
  'background-image',
  'background-color',
  'background-size',
  'background-position',
  'count',
  'template',
  'layout',
  'exclude',
  'highlight-style',
  'ratio',
]);

/**
 * Rule 6: the property block at the top of a slide — `key: value` lines, blank lines
 * between them skipped (as remark.js does); the first other line ends the block.
 */
export function readProperties(
  lines: readonly string[],
  start: number,
  end: number,
): PropertyLine[] {
  const props: PropertyLine[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (/^[ \t]*$/.test(line)) continue;
    const m = PROPERTY.exec(line);
    if (!m) break;
    props.push({ key: m[1]!, value: m[2]!.trim(), line: i });
  }
  return props;
}

/** Rule 8: `class:` split on commas and/or whitespace. */
export function splitClasses(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/[\s,]+/).filter((c) => c !== '');
}
