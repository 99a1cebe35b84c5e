import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderedDeck } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';
import { normalizeHtml } from './normalizeHtml.ts';

// Each tests/fixtures/render/<case>.md is parsed and rendered; <case>.html holds the
// expected slides (normalised), notes, widgets and messages. Files under figures/ok/ exist,
// every other local file is missing. UPDATE_FIXTURES=1 rewrites the expected files.
const dir = join(import.meta.dirname, '../fixtures/render');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

const fileExists = (path: string): boolean => path.startsWith('figures/ok/');

function describeDeck(deck: RenderedDeck): string {
  const out: string[] = [`<!-- title: ${deck.title} -->`];
  for (const slide of deck.slides) {
    const attrs = [
      slide.classes.length > 0 ? ` class="${slide.classes.join(' ')}"` : '',
      slide.style ? ` style="${slide.style}"` : '',
      slide.incremental ? ' incremental' : '',
    ].join('');
    out.push(`<!-- slide ${slide.index + 1}${attrs} -->`, normalizeHtml(slide.html));
    if (slide.notesHtml) out.push('<!-- notes -->', normalizeHtml(slide.notesHtml));
    for (const w of slide.widgets) {
      out.push(`<!-- widget ${w.name} #${w.id} ${JSON.stringify(w.params)} -->`);
    }
  }
  if (deck.messages.length > 0) {
    out.push('<!-- messages');
    for (const m of deck.messages) {
      out.push(`${m.severity} ${m.rule} slide ${(m.slide ?? -1) + 1} line ${m.line}: ${m.message}`);
    }
    out.push('-->');
  }
  return `${out.join('\n')}\n`;
}

describe('renderer fixtures', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(join(dir, `${name}.md`), 'utf8');
      const actual = describeDeck(renderDeck(parseDeck(source), { id: `${name}.md`, fileExists }));
      const expectedPath = join(dir, `${name}.html`);
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
