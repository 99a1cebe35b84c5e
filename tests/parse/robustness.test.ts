import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content, Deck } from '../../src/model/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { cpuNowMs } from '../support/cpuTime.ts';
import { mutate, prng, randomUnicode } from './mutateDeck.ts';

// Seeded mutations of lecture 5 must never make the parser throw, must always give at
// least one well-formed slide, and each parse must stay far below a generous time bound.
const lecture = readFileSync(join(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');
const PER_INPUT_MS = 2000;

/** Collects violations of node line bounds (plain checks: thousands of decks run here). */
function checkContent(content: Content, maxLine: number, problems: string[]): void {
  for (const node of content) {
    if (node.kind === 'text') continue;
    if (!(node.line >= 1 && node.line <= maxLine))
      problems.push(`${node.kind} at line ${node.line}`);
    if (node.kind === 'class') checkContent(node.children, maxLine, problems);
  }
}

/** Parses `source` and checks the invariants every deck must keep. */
function parseChecked(source: string): Deck {
  const started = cpuNowMs();
  const deck = parseDeck(source);
  const elapsed = cpuNowMs() - started;
  const problems: string[] = [];
  if (elapsed >= PER_INPUT_MS) problems.push(`took ${Math.round(elapsed)} ms`);
  if (deck.slides.length < 1) problems.push('no slides');
  const maxLine = source.split(/\r\n?|\n/).length;
  let previous = 0;
  deck.slides.forEach((slide, i) => {
    if (slide.index !== i) problems.push(`slide ${i} has index ${slide.index}`);
    if (slide.number < Math.max(1, previous) || slide.number > previous + 1) {
      problems.push(`slide ${i} has number ${slide.number} after ${previous}`);
    }
    previous = slide.number;
    if (slide.lines.start > slide.lines.end) problems.push(`slide ${i} has lines ${slide.lines}`);
    checkContent(slide.content, maxLine, problems);
    checkContent(slide.notes, maxLine, problems);
  });
  if (deck.total !== previous) problems.push(`total ${deck.total} but last number ${previous}`);
  for (const m of deck.messages) {
    if (m.rule === 'parse-failed') problems.push(m.message);
    if (m.slide !== undefined && m.slide >= deck.slides.length)
      problems.push(`message on slide ${m.slide}`);
  }
  expect(problems).toEqual([]);
  return deck;
}

function run(seed: number, source: string): void {
  try {
    parseChecked(source);
  } catch (error) {
    throw new Error(`seed ${seed}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

describe('parser robustness', () => {
  it('survives 2000 mutated copies of the whole lecture', () => {
    for (let seed = 1; seed <= 2000; seed++) run(seed, mutate(lecture, prng(seed)));
  }, 60_000);

  it('survives 1000 heavily mutated excerpts', () => {
    const parts = lecture.split('\n---\n');
    for (let seed = 10_001; seed <= 11_000; seed++) {
      const random = prng(seed);
      const start = Math.floor(random() * parts.length);
      let source = parts.slice(start, start + 1 + Math.floor(random() * 6)).join('\n---\n');
      for (let k = 0; k < 5; k++) source = mutate(source, random);
      run(seed, source);
    }
  }, 60_000);

  it('survives 1 MB lines of text, math, classes, code and Unicode', () => {
    const random = prng(99);
    const lines = [
      'ab_*[$ '.repeat(150_000),
      '.a['.repeat(350_000),
      '$'.repeat(1_000_000),
      '`x'.repeat(500_000),
      '\\('.repeat(500_000),
      '![:x '.repeat(200_000),
      randomUnicode(random, 300_000),
    ];
    const wraps = [(s: string) => s, (s: string) => `$$${s}$$`, (s: string) => `.red[${s}]`];
    for (const line of lines) {
      for (const wrap of wraps) {
        const deck = parseChecked(`# Big\n\n${wrap(line)}\n\n---\n\nnext`);
        expect(deck.slides.length).toBeGreaterThanOrEqual(2);
      }
    }
  }, 60_000);

  it('survives thousands of unclosed openers and separators', () => {
    const openers = ['.a[', '$', '$$', '`', '<!--', '```', '\\[', '{{'];
    for (const opener of openers) {
      parseChecked(`${opener} x\n`.repeat(5000));
      parseChecked(`${opener} x\n---\n`.repeat(3000));
      parseChecked(`${opener}\n--\n`.repeat(300));
    }
  }, 60_000);
});
