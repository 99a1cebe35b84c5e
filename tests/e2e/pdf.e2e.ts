// `npm run pdf`: lecture 5 as a PDF, one page per slide, with selectable text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../scripts/lib/exportPdf.ts';
import { pdfFacts } from '../../scripts/lib/pdfFacts.ts';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { chromiumAvailable } from './support/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const lecture = createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');

/** pdftotext (poppler-utils) where installed: the strongest check that text can be copied. */
const pdftotext = (file: string): string | undefined =>
  existsSync('/usr/bin/pdftotext')
    ? execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    : undefined;

describe.runIf(chromiumAvailable())('npm run pdf', { timeout: 180_000 }, () => {
  let dir: string;

  beforeAll(() => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'tmp', 'pdf-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports lecture 5: a page per slide, text selectable, no page errors', async () => {
    const out = join(dir, 'lecture5.pdf');
    // The e2e run has just built dist/.
    const result = await exportPdf({
      deck: 'lecture5.md',
      out,
      notes: false,
      handout: false,
      build: 'never',
      root: ROOT,
    });
    const slides = lecture?.slides.length ?? 0;
    expect(slides).toBeGreaterThanOrEqual(79);
    expect(result.pages).toBe(slides);
    const facts = pdfFacts(readFileSync(out));
    expect(facts.pages).toBe(slides);
    expect(facts.textStreams).toBeGreaterThanOrEqual(slides);
    expect(facts.unicodeFonts).toBeGreaterThan(0);
    const text = pdftotext(out);
    if (text !== undefined) {
      expect(text).toContain('Згорткові мережі');
      expect(text).toContain('model.compile');
    }
    expect(result.errors).toEqual([]);
  });

  it('exports a shorter handout', async () => {
    const out = join(dir, 'handout.pdf');
    const result = await exportPdf({
      deck: 'lecture5.md',
      out,
      notes: false,
      handout: true,
      build: 'never',
      root: ROOT,
    });
    const numbered = new Set(lecture?.slides.map((s) => s.number)).size;
    expect(result.pages).toBe(numbered);
    expect(pdfFacts(readFileSync(out)).pages).toBe(numbered);
    expect(result.pages).toBeLessThan(lecture?.slides.length ?? 0);
  });
});
