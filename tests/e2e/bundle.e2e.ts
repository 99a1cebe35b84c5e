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

  it('serves the text and code fonts locally, Cyrillic included', () => {
    const fonts = assets.filter((a) => a.endsWith('.woff2'));
    for (const face of ['source-sans-3-cyrillic-400', 'ubuntu-mono-cyrillic-400', 'KaTeX_Main']) {
      expect(fonts.some((f) => f.startsWith(face))).toBe(true);
    }
  });
});
