import { describe, expect, it } from 'vitest';
import { deckIdProblem, isDeckId, MAX_DECK_ID_BYTES } from '../../src/model/deckId.ts';

describe('deck ids (file names under slides/)', () => {
  it.each([
    'lecture5.md',
    'Lecture_5-final.v2.md',
    'Лекція 5.md',
    "м'ясо та об’єкти.md",
    'обʼєкт.md',
    'й.md'.normalize('NFD'),
    '第五讲.md',
    '_draft.md',
    '5.md',
  ])('accepts %j', (name) => {
    expect(deckIdProblem(name)).toBeUndefined();
    expect(isDeckId(name)).toBe(true);
  });

  it.each([
    ['notes.txt', /does not end in "\.md"/],
    ['lecture.MD', /does not end/],
    ['.hidden.md', /starts with "\."/],
    ['.#lecture5.md', /starts with "\."/],
    [' lecture.md', /starts with U\+0020/],
    ['-x.md', /starts with "-"/],
    ['a/b.md', /contains "\/"/],
    ['a\\b.md', /contains "\\"/],
    ['100%.md', /contains "%"/],
    ['a?b.md', /contains "\?"/],
    ['a#b.md', /contains "#"/],
    ['a&b.md', /contains "&"/],
    ['a"b.md', /contains """/],
    ['a<b>.md', /contains "<"/],
    ['a\u0000b.md', /contains U\+0000/],
    ['a\nb.md', /contains U\+000A/],
    ['a\u202eb.md', /contains U\+202E/],
    ['a\u200bb.md', /contains U\+200B/],
    [`${'a'.repeat(247)}.md`, /250 bytes long \(at most 128/],
    [`${'я'.repeat(63)}.md`, /129 bytes long/],
  ])('refuses %j', (name, reason) => {
    expect(deckIdProblem(name)).toMatch(reason);
    expect(isDeckId(name)).toBe(false);
  });

  it(`allows exactly ${MAX_DECK_ID_BYTES} bytes`, () => {
    expect(isDeckId(`${'a'.repeat(MAX_DECK_ID_BYTES - 3)}.md`)).toBe(true);
    expect(isDeckId(`${'a'.repeat(MAX_DECK_ID_BYTES - 2)}.md`)).toBe(false);
  });
});
