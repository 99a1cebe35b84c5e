import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildState } from '../../scripts/lib/buildFreshness.ts';
import { printPath } from '../../scripts/lib/exportPdf.ts';
import { parsePdfArgs } from '../../scripts/lib/pdfArgs.ts';

describe('npm run pdf arguments', () => {
  it('reads the deck, the output and the flags', () => {
    expect(parsePdfArgs(['slides/lecture5.md', 'out.pdf', '--handout'])).toEqual({
      deck: 'lecture5.md',
      out: 'out.pdf',
      notes: false,
      handout: true,
      build: 'auto',
    });
    expect(parsePdfArgs(['lecture5.md', 'a.PDF', '--notes', '--no-build'])).toMatchObject({
      notes: true,
      build: 'never',
    });
  });

  it('refuses what it cannot do', () => {
    for (const argv of [
      [],
      ['lecture5.md'],
      ['lecture5.md', 'out.png'],
      ['lecture5.txt', 'out.pdf'],
      ['lecture5.md', 'out.pdf', 'extra'],
      ['lecture5.md', 'out.pdf', '--colour'],
      ['lecture5.md', 'out.pdf', '--build', '--no-build'],
    ]) {
      expect(parsePdfArgs(argv)).toHaveProperty('error');
    }
  });

  it('opens the print view with the options', () => {
    expect(printPath('lecture5.md', false, false)).toBe('?p=lecture5.md&mode=print');
    expect(printPath('lecture5.md', true, true)).toBe(
      '?p=lecture5.md&mode=print&notes=1&handout=1',
    );
  });
});

describe('build freshness', () => {
  it('is missing without dist/, stale when a source is newer, else fresh', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-build-'));
    try {
      mkdirSync(join(root, 'src'));
      writeFileSync(join(root, 'src', 'a.ts'), '');
      expect(buildState(root, ['src'])).toBe('missing');
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'index.html'), '');
      const past = new Date(Date.now() - 60_000);
      utimesSync(join(root, 'src', 'a.ts'), past, past);
      utimesSync(join(root, 'src'), past, past);
      expect(buildState(root, ['src'])).toBe('fresh');
      writeFileSync(join(root, 'src', 'b.ts'), '');
      expect(buildState(root, ['src'])).toBe('stale');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
