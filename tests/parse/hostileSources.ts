// Hostile deck sources: template and `--` doublings, long `--` chains, deep and many
// content classes, long lines, variable and layout bombs. Used by expansion.test.ts and
// by the seeded fuzz test hostileDecks.test.ts.

/** `levels` slides, each a template of the next, each doubling `{{content}}` (≈50 B/level). */
export function templateDoublings(levels: number, copies = 2): string {
  const slides = ['name: t0\n\nx'];
  for (let k = 1; k < levels; k++) {
    slides.push(`name: t${k}\ntemplate: t${k - 1}\n\n${'{{content}}'.repeat(copies)}`);
  }
  return slides.join('\n---\n');
}

/** One slide and `steps` `--` steps of `{{content}}{{content}}` (each step doubles). */
export function stepDoublings(steps: number, copies = 2): string {
  return ['x', ...Array.from({ length: steps }, () => '{{content}}'.repeat(copies))].join('\n--\n');
}

/** A title and `n` bare `--` lines (each step copies all earlier ones). */
export function bareSteps(n: number): string {
  return `# t\n${'--\n'.repeat(n)}`;
}

/** A line of `length` characters, then `steps` `--` steps of one line each. */
export function longLineSteps(length: number, steps: number, char = 'a'): string {
  return `${char.repeat(length)}\n${'--\nb\n'.repeat(steps)}`;
}

/** `depth` nested content classes, inline (`.a[.a[…x…]]`) or one per line. */
export function nestedClasses(depth: number, block = false, closed = true): string {
  const open = block ? '.a[\n' : '.a[';
  const close = block ? ']\n' : ']';
  return `${open.repeat(depth)}x${block ? '\n' : ''}${closed ? close.repeat(depth) : ''}`;
}

/** `n` sibling content classes on one slide. */
export function siblingClasses(n: number, perLine = false): string {
  return (perLine ? '.a[x]\n\n' : '.a[x] ').repeat(n);
}

/** A property of `length` characters used `uses` times as `{{v}}`. */
export function variableBomb(length: number, uses: number): string {
  return `v: ${'w'.repeat(length)}\n\n${'{{v}} '.repeat(uses)}`;
}

/** A layout of `size` characters applied to `slides` slides. */
export function layoutBomb(size: number, slides: number): string {
  const layout = `layout: true\n\n${'layout text '.repeat(Math.ceil(size / 12))}`;
  return [layout, ...Array.from({ length: slides }, (_, k) => `slide ${k}`)].join('\n---\n');
}

/** A `--` chain of `steps` steps, each adding a property of `length` characters. */
export function propertyChain(steps: number, length: number): string {
  const parts = Array.from({ length: steps }, (_, k) => `--\nkey${k}: ${'p'.repeat(length)}`);
  return ['# t', ...parts].join('\n');
}
