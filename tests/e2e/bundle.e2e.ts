// The built app (run after `vite build`): what the browser receives.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
const assets = existsSync(join(DIST, 'assets')) ? readdirSync(join(DIST, 'assets')) : [];
const read = (name: string): string => readFileSync(join(DIST, 'assets', name), 'utf8');

/** Strings that only the libraries' code contains (error messages), never rendered HTML. */
const SIGNATURES = {
  katex: 'KaTeX parse error',
  'mdast-util-from-markdown': 'Cannot close document',
  'highlight.js': 'Could not find the language',
};

/** The chunks `name` loads statically, itself included (minified `from"./x.js"`, `import"./x.js"`). */
function staticClosure(name: string): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: string): void => {
    if (seen.has(chunk) || !assets.includes(chunk)) return;
    seen.add(chunk);
    for (const m of read(chunk).matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
      visit(m[1] ?? '');
  };
  visit(name);
  return seen;
}

/** A string only tfjs-core's code contains. */
const TFJS = 'Tensor is disposed';

describe('the built bundle', () => {
  it('exists (vite build ran)', () => {
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  });

  it.each(Object.entries(SIGNATURES))('ships no %s code', (_library, signature) => {
    const offenders = assets.filter((a) => a.endsWith('.js') && read(a).includes(signature));
    expect(offenders).toEqual([]);
  });

  it('loads every stylesheet and font from its own origin (no CDN)', () => {
    const css = assets.filter((a) => a.endsWith('.css')).map(read);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    for (const text of [...css, html]) expect(text).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    expect(html).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
  });

  it('has no style sheet that arrives mid-lecture besides KaTeX (widget styles ship with the theme)', () => {
    // A sheet added while presenting makes the next key press rebuild the style rules and
    // re-lay out the rendered slides; the theme's (inlined in index.html) and KaTeX's (loaded
    // right after the first slide) are the only ones.
    const css = assets
      .filter((a) => a.endsWith('.css'))
      .map((a) => a.replace(/-[\w-]{8}\.css$/, ''));
    expect(css.sort()).toEqual(['index', 'katex']);
  });

  it('serves the text and code fonts locally, Cyrillic included', () => {
    const fonts = assets.filter((a) => a.endsWith('.woff2'));
    for (const face of ['source-sans-3-cyrillic-400', 'ubuntu-mono-cyrillic-400', 'KaTeX_Main']) {
      expect(fonts.some((f) => f.startsWith(face))).toBe(true);
    }
  });

  it("keeps tfjs out of the audience window's live session (a mirror computes nothing)", () => {
    const entry = assets.find((a) => a.startsWith('audienceSession-') && a.endsWith('.js'));
    expect(entry).toBeDefined();
    const closure = [...staticClosure(entry ?? '')];
    expect(closure.length).toBeGreaterThan(1);
    expect(closure.filter((c) => read(c).includes(TFJS))).toEqual([]);
    // The computing window's session does load it (the check can tell).
    const main = assets.find((a) => a.startsWith('browserSession-') && a.endsWith('.js'));
    expect([...staticClosure(main ?? '')].some((c) => read(c).includes(TFJS))).toBe(true);
  });
});
