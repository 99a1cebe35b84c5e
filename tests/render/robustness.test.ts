import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';
import { prng } from '../parse/mutateDeck.ts';
import { cpuNowMs } from '../support/cpuTime.ts';

// Seeded mutations of lecture 5 (mostly excerpts of a few slides, to keep the run short)
// must parse and render without throwing, with every slide rendered and no internal
// render failure, each within a generous time bound.
const lecture = readFileSync(join(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');
const slides = lecture.split(/^---$/m);

const STRAYS = [
  '---',
  '--',
  '???',
  '```',
  '~~~',
  '$$',
  '$',
  '\\(',
  '\\[',
  ']',
  '[',
  '.red[',
  '<!--',
  '-->',
  '<div>',
  '</p>',
  '{{x}}',
  'class: a',
  '    ',
  '\uE000\uE010\uE001',
  '\\',
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const at = () => Math.floor(random() * (text.length + 1));
  let out = text;
  const steps = 1 + Math.floor(random() * 6);
  for (let i = 0; i < steps; i++) {
    const p = Math.min(at(), out.length);
    switch (Math.floor(random() * 6)) {
      case 0: {
        // Delete a bracket or delimiter.
        const q = out.slice(p).search(/[[\]$`(){}]/);
        if (q >= 0) out = out.slice(0, p + q) + out.slice(p + q + 1);
        break;
      }
      case 1: {
        // Duplicate a bracket or delimiter.
        const q = out.slice(p).search(/[[\]$`]/);
        if (q >= 0) out = out.slice(0, p + q + 1) + out.slice(p + q);
        break;
      }
      case 2:
        out = `${out.slice(0, p)}\n${pick(STRAYS)}\n${out.slice(p)}`;
        break;
      case 3:
        out = out.slice(0, p) + pick(STRAYS) + out.slice(p);
        break;
      case 4: {
        let noise = '';
        for (let k = 0; k < 20; k++) noise += String.fromCodePoint(Math.floor(random() * 0x2ffff));
        out = out.slice(0, p) + noise.replace(/[\uD800-\uDFFF]/g, '') + out.slice(p);
        break;
      }
      default:
        out = out.slice(0, p) + out.slice(p + Math.floor(random() * 200));
    }
  }
  return out;
}

function excerpt(random: () => number): string {
  const start = Math.floor(random() * slides.length);
  const count = 1 + Math.floor(random() * 8);
  return slides.slice(start, start + count).join('---');
}

function renderChecked(source: string): void {
  const started = cpuNowMs();
  const deck = parseDeck(source);
  const rendered = renderDeck(deck, { id: 'mutant.md', fileExists: () => false });
  expect(rendered.slides.length).toBe(deck.slides.length);
  expect(rendered.slides.length).toBeGreaterThanOrEqual(1);
  for (const slide of rendered.slides) expect(typeof slide.html).toBe('string');
  expect(rendered.messages.filter((m) => m.rule === 'render-failed')).toEqual([]);
  expect(cpuNowMs() - started).toBeLessThan(20_000);
}

describe('robustness of parse + render', () => {
  it('survives 300 mutated excerpts of the lecture', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed);
      const source = mutate(excerpt(random), random);
      try {
        renderChecked(source);
      } catch (error) {
        throw new Error(`seed ${seed}: ${error instanceof Error ? error.message : error}`);
      }
    }
  }, 180_000);

  it('survives mutations of the whole lecture', () => {
    for (let seed = 1001; seed <= 1004; seed++) renderChecked(mutate(lecture, prng(seed)));
  }, 60_000);

  it('survives a 1 MB line inside text, math, a class and code', () => {
    const line = 'ab_*[$ '.repeat(150_000);
    for (const wrap of [
      (s: string) => s,
      (s: string) => `$${s}$`,
      (s: string) => `.red[${s}]`,
      (s: string) => `\`\`\`\n${s}\n\`\`\``,
    ]) {
      renderChecked(`# Big\n\n${wrap(line)}\n\n---\n\nnext`);
    }
  }, 120_000);
});
