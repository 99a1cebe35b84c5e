import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Macro } from '../../src/parse/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { describeDeck } from './describeDeck.ts';

// Each tests/fixtures/parse/<case>.md is parsed with the test macros below; <case>.txt holds
// the expected projection (see describeDeck.ts). UPDATE_FIXTURES=1 rewrites the .txt files.
const dir = join(import.meta.dirname, '../fixtures/parse');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

const macros: Record<string, Macro> = {
  /** Wraps its first argument in a content class named by the second. */
  box: (args) => `.${args[1] ?? 'box'}[${args[0] ?? ''}]`,
  /** Lists its arguments and target. */
  show: (args, target) => `args=${args.map((a) => `<${a}>`).join('')} target=<${target}>`,
  boom: () => {
    throw new Error('kaput');
  },
  loop: () => '![:loop]',
};

describe('parser fixtures', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(join(dir, `${name}.md`), 'utf8');
      const actual = describeDeck(parseDeck(source, { macros }));
      const expectedPath = join(dir, `${name}.txt`);
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
