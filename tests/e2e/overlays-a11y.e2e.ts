// Accessibility audit (axe-core) of the help, overview and search overlays while open.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import type { DeckPage } from './support/session.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations'],
};

/** Serious and critical violations inside the open overlay, as `rule: targets`. */
async function auditOverlay(deck: DeckPage): Promise<string[]> {
  if (!(await deck.page.evaluate(() => 'axe' in window))) {
    await deck.page.addScriptTag({ content: AXE_SOURCE });
  }
  const results = await withTimeout(
    deck.page.evaluate((options) => {
      const axe = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
        }
      ).axe;
      return axe.run({ include: ['dialog.deck-overlay'] }, options);
    }, AXE_OPTIONS),
    60_000,
    'axe.run',
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.runIf(chromiumAvailable())('overlays are accessible', () => {
  const deck = useDeckPage();

  it.each([
    ['h', 'deck-help', ''],
    ['o', 'deck-overview', ''],
    ['/', 'deck-search', 'згортк'],
    // Results with typeset formulas (KaTeX's MathML inside the options).
    ['/', 'deck-search', '\\circledast'],
  ])('%s (%s, typed «%s») has no serious or critical violations', async (key, className, typed) => {
    await deck.open('?p=lecture5.md#10');
    await deck.page.keyboard.press(key);
    await deck.page.waitForSelector(`dialog.${className}[open]`);
    if (typed !== '') {
      await deck.page.keyboard.type(typed);
      await deck.page.waitForSelector('.deck-search-results [role="option"]');
    }
    expect(await auditOverlay(deck)).toEqual([]);
  });
});
