// Accessibility audit (axe-core) of the built app: the start page, the message page, every
// slide of the decks (code, math, widgets, embeds), the presenter view and the review mode.
// Fails on serious or critical violations; lesser ones are printed for the record.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';
import { chromiumAvailable, withTimeout } from './support/browser.ts';
import { useDeckPage } from './support/useDeckPage.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const FAILING: readonly ImpactValue[] = ['serious', 'critical'];

const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    // WCAG 2.1 A/AA and axe's best practices (not 2.2's target-size: links in running text of
    // a scaled-down slide preview would count as small touch targets).
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  },
  resultTypes: ['violations'],
};

interface Finding {
  readonly rule: string;
  readonly impact: ImpactValue | null | undefined;
  readonly help: string;
  /** CSS selectors of (up to five of) the offending elements. */
  readonly targets: string[];
  /** axe's explanation for the first of them (e.g. the colours and the ratio). */
  readonly detail: string;
}

/** Runs axe on `selector` (default: the whole page) and returns its violations. */
async function audit(page: Page, selector?: string): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await withTimeout(
    page.evaluate(
      ([sel, options]) => {
        const axe = (
          window as unknown as {
            axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
          }
        ).axe;
        return axe.run(sel === null ? document : { include: [sel] }, options);
      },
      [selector ?? null, AXE_OPTIONS] as const,
    ),
    60_000,
    'axe.run',
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    detail: v.nodes[0]?.failureSummary ?? '',
  }));
}

const failing = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.impact !== undefined && f.impact !== null && FAILING.includes(f.impact));

/** Lesser findings, printed once per rule and place so the report stays short. */
const minor = new Map<string, Finding>();
const remember = (where: string, findings: readonly Finding[]): void => {
  for (const f of findings) {
    if (!failing([f]).length && !minor.has(f.rule))
      minor.set(f.rule, { ...f, help: `${f.help} (${where})` });
  }
};

/** Slides to audit: every slide, but only the first slide of each widget kind (they are slow). */
function slidesToAudit(id: string): { number: number; widgets: boolean; label: string }[] {
  const deck = createDeckSource(ROOT, { figureStandIns }).render(id);
  const seen = new Set<string>();
  const picked: { number: number; widgets: boolean; label: string }[] = [];
  for (const slide of deck?.slides ?? []) {
    const names = slide.widgets.map((w) => w.name);
    if (names.length > 0 && names.every((n) => seen.has(n))) continue;
    for (const n of names) seen.add(n);
    const kinds = [
      slide.html.includes('<pre') ? 'code' : '',
      slide.html.includes('class="katex') ? 'math' : '',
      slide.html.includes('<iframe') ? 'iframe' : '',
      ...names,
    ].filter(Boolean);
    picked.push({ number: slide.index + 1, widgets: names.length > 0, label: kinds.join(', ') });
  }
  return picked;
}

const showSlide = async (page: Page, number: number, widgets: boolean): Promise<void> => {
  await page.evaluate((n) => {
    location.hash = `#${n}`;
  }, number);
  await page.waitForFunction(
    (i) => document.querySelector('.slide-current')?.getAttribute('data-index') === String(i),
    number - 1,
    { timeout: 5000 },
  );
  if (widgets) {
    // Mounted widgets have controls or drawings; a slow one is audited as it is after 20 s.
    await page
      .waitForSelector(
        '.slide-current [data-widget] :is(button, input, select, canvas, svg, table)',
        { timeout: 20_000 },
      )
      .catch(() => undefined);
  }
  // Iframes are put in one task after the slide is shown.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
};

describe.runIf(chromiumAvailable())('accessibility (axe-core)', () => {
  const deck = useDeckPage({ reducedMotion: true });

  afterAll(() => {
    const lines = [...minor.values()].map(
      (f) => `  ${f.impact} ${f.rule}: ${f.help} ${f.targets[0] ?? ''}`,
    );
    if (lines.length > 0) console.info(`Minor accessibility findings:\n${lines.join('\n')}`);
  });

  it('start page', async () => {
    await deck.open('');
    const findings = await audit(deck.page);
    remember('start page', findings);
    expect(failing(findings)).toEqual([]);
  });

  it('message page for an unknown deck', async () => {
    await deck.open('?p=nope.md');
    const findings = await audit(deck.page);
    remember('message page', findings);
    expect(failing(findings)).toEqual([]);
  });

  describe('views', () => {
    const auditPage = async (where: string): Promise<void> => {
      const findings = await audit(deck.page);
      remember(where, findings);
      expect(failing(findings)).toEqual([]);
    };

    it.each([15, 58])('presenter view at slide %i', async (position) => {
      await deck.open(`?p=lecture5.md#p${position}`);
      await deck.page.waitForSelector('.presenter .slide-current', { timeout: 10_000 });
      await auditPage(`presenter #p${position}`);
    });

    it.each(['intro.md', 'lecture5.md'])('review mode of %s', async (id) => {
      await deck.open(`?p=${id}&mode=review`);
      await deck.page.waitForSelector('.review-list .review-item', { timeout: 10_000 });
      await auditPage(`review ${id}`);
    });

    it('YouTube card shown offline', async () => {
      const lecture = createDeckSource(ROOT, { figureStandIns }).render('lecture5.md');
      const position = (lecture?.slides.findIndex((x) => x.html.includes('<iframe')) ?? -1) + 1;
      expect(position).toBeGreaterThan(0);
      const context = deck.page.context();
      await deck.open('?p=lecture5.md#1');
      await context.setOffline(true);
      try {
        await deck.page.evaluate((n) => {
          location.hash = `#${n}`;
        }, position);
        await deck.page.waitForSelector('.slide-current .embed-card', { timeout: 5000 });
        const findings = await audit(deck.page, '.slide-current');
        remember('YouTube card', findings);
        expect(failing(findings)).toEqual([]);
      } finally {
        await context.setOffline(false);
      }
    });

    it.each([
      ['help', 'h'],
      ['overview', 'o'],
      ['search', '/'],
    ])('%s overlay', async (name, key) => {
      await deck.open('?p=lecture5.md#15');
      await deck.page.keyboard.press(key);
      // The overlays' code is loaded on first use (the overview renders every thumbnail).
      await deck.page.waitForSelector('.deck-overlay-body', { timeout: 20_000 });
      if (name === 'search') await deck.page.keyboard.type('згорт');
      await auditPage(`${name} overlay`);
    });
  });

  for (const id of ['intro.md', 'lecture5.md']) {
    describe(id, () => {
      beforeAll(async () => {
        await deck.open(`?p=${id}#1`);
      });

      it('page level (title, language, landmarks)', async () => {
        const findings = await audit(deck.page);
        remember(`${id} page`, findings);
        expect(failing(findings)).toEqual([]);
      });

      for (const { number, widgets, label } of slidesToAudit(id)) {
        it(`slide ${number}${label ? ` (${label})` : ''}`, async () => {
          await showSlide(deck.page, number, widgets);
          const findings = await audit(deck.page, '.slide-current');
          remember(`${id} #${number}`, findings);
          expect(failing(findings)).toEqual([]);
        });
      }
    });
  }
});
