import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/index.ts';
import { groupOf, groupSteps, handoutGroups } from '../../src/present/views/review/steps.ts';
import { renderDeck } from '../../src/render/index.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/present/steps-deck.md');
const deck = renderDeck(parseDeck(readFileSync(FIXTURE, 'utf8')), { id: 'steps-deck.md' });

describe('review: `--` groups', () => {
  it('reads the fixture as 6 shown slides: a group of 3 steps, a divider, 2 plain slides', () => {
    expect(deck.slides.map((s) => [s.number, s.incremental])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, true],
      [4, false],
      [5, false],
    ]);
  });

  it('shows each group once, at its last step, with all steps listed', () => {
    const groups = groupSteps(deck.slides);
    expect(groups.map((g) => [g.slide.index, g.steps])).toEqual([
      [0, [0]],
      [3, [1, 2, 3]],
      [4, [4]],
      [5, [5]],
    ]);
    // The last step holds what the earlier ones revealed.
    expect(groups[1]?.slide.html).toContain('three');
    expect(groups[1]?.slide.html).toContain('one');
  });

  it('keeps every distinct note of a group once, in order', () => {
    const groups = groupSteps(deck.slides);
    expect(groups[0]?.notesHtml).toContain('Title notes');
    expect(groups[1]?.notesHtml.match(/Step notes/g)).toHaveLength(1);
    expect(groups[2]?.notesHtml).toBe('');
  });

  it('marks count: false slides as unnumbered; the handout leaves them out', () => {
    expect(groupSteps(deck.slides).map((g) => g.unnumbered)).toEqual([false, false, true, false]);
    const handout = handoutGroups(deck.slides);
    expect(handout.map((g) => g.slide.index)).toEqual([0, 3, 5]);
    expect(handout.map((g) => g.slide.number)).toEqual([1, 4, 5]);
  });

  it('finds the group of any step, and the nearest group before a position past the end', () => {
    const groups = groupSteps(deck.slides);
    expect([0, 1, 2, 3, 4, 5, 99].map((i) => groupOf(groups, i))).toEqual([0, 1, 1, 1, 2, 3, 3]);
    expect(groupOf([], 3)).toBe(0);
  });
});
