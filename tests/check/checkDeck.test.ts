import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CHECK_OPTIONS } from '../../scripts/lib/appCheckOptions.ts';
import { checkDeck, formatReport, reportFails } from '../../src/check/index.ts';

// Each tests/fixtures/check/<case>.md is checked; <case>.txt is the expected formatted
// report. Files under figures/ok/ exist, nothing else does. UPDATE_FIXTURES=1 rewrites.
const dir = join(import.meta.dirname, '../fixtures/check');
const fileExists = (path: string): boolean => path.startsWith('figures/ok/');
const check = (name: string) =>
  checkDeck(readFileSync(join(dir, `${name}.md`), 'utf8'), {
    id: `${name}.md`,
    fileExists,
    ...APP_CHECK_OPTIONS,
  });

describe('deck check fixtures', () => {
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
  for (const name of cases) {
    it(name, () => {
      const actual = `${formatReport(check(name))}\n`;
      const expectedPath = join(dir, `${name}.txt`);
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

describe('checkDeck', () => {
  it('finds nothing in a clean deck', () => {
    const report = check('clean');
    expect(report.items).toEqual([]);
    expect(reportFails(report, true)).toBe(false);
  });

  it('gives a KaTeX error the slide number and source line, and fails', () => {
    const report = check('katex-error');
    expect(report.items).toMatchObject([{ severity: 'error', rule: 'katex', slide: 2, line: 7 }]);
    expect(reportFails(report)).toBe(true);
  });

  it('lets warnings pass unless strict', () => {
    const report = check('missing-files');
    expect(report.errors).toBe(0);
    expect(report.warnings).toBeGreaterThan(0);
    expect(reportFails(report)).toBe(false);
    expect(reportFails(report, true)).toBe(true);
  });

  it('reports a missing figure and a missing linked file once, even on incremental slides', () => {
    const report = check('missing-files');
    expect(report.items.map((i) => [i.rule, i.slide, i.line])).toEqual([
      ['missing-figure', 1, 3],
      ['missing-link', 2, 7],
    ]);
  });

  it.each([
    ['unclosed-class', 'unclosed-class'],
    ['unknown-property', 'unknown-property'],
    ['separator-trailing-space', 'separator-trailing-space'],
    ['eaten-property', 'eaten-property'],
    ['unknown-macro', 'unknown-macro'],
    ['unknown-template', 'unknown-template'],
    ['unclosed-math', 'unclosed-math'],
    ['unclosed-fence', 'unclosed-fence'],
  ])('reports the parser rule %s', (name, rule) => {
    expect(check(name).items.map((i) => i.rule)).toContain(rule);
  });
});
