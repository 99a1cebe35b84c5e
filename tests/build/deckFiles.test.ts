import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDeckIds, listDeckFiles, skippedMessage } from '../../src/build/deckFiles.ts';
import { createDeckSource } from '../../src/build/deckSource.ts';

// The build, the dev server and `npm run check` list slides/ with one rule
// (src/model/deckId.ts) and name what they leave out.
const root = mkdtempSync(join(tmpdir(), 'deck-files-'));
const slides = join(root, 'slides');
mkdirSync(slides);
const long = `${'a'.repeat(247)}.md`;
const decks = ['a.md', 'Лекція 5.md', "об'єкт.md", 'with space.md'];
for (const name of decks) writeFileSync(join(slides, name), `# ${name}\n`);
writeFileSync(join(slides, long), '# long\n');
writeFileSync(join(slides, '100%.md'), '# percent\n');
writeFileSync(join(slides, 'notes.txt'), 'not a deck');
writeFileSync(join(slides, 'UPPER.MD'), '# upper');
mkdirSync(join(slides, 'd.md'));
symlinkSync(join(slides, 'gone.md'), join(slides, 'broken.md'));
symlinkSync(join(slides, 'a.md'), join(slides, 'alias.md'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('deck files', () => {
  const files = listDeckFiles(slides);

  it('lists files with deck names (any script, spaces, apostrophes), sorted', () => {
    expect(files.ids).toEqual(
      ['a.md', 'alias.md', "об'єкт.md", 'with space.md', 'Лекція 5.md'].sort(),
    );
  });

  it('names every .md entry it leaves out, and why', () => {
    expect(files.skipped.map((s) => s.name)).toEqual(
      ['100%.md', 'UPPER.MD', long, 'broken.md', 'd.md'].sort(),
    );
    const reason = (name: string) => files.skipped.find((s) => s.name === name)?.reason;
    expect(reason('d.md')).toBe('it is a directory');
    expect(reason('broken.md')).toBe('it is a broken link');
    expect(reason(long)).toMatch(/250 bytes/);
    expect(reason('100%.md')).toMatch(/"%"/);
    expect(skippedMessage('slides', { name: 'd.md', reason: 'it is a directory' })).toBe(
      'slides/d.md is not used as a deck: it is a directory.',
    );
    expect(skippedMessage('slides', { name: 'a\u202e.md', reason: 'r' })).toContain('a\uFFFD.md');
  });

  it('orders a course by the numbers in its names (lecture2 before lecture10)', () => {
    const names = ['lecture10.md', 'lecture2.md', 'intro.md', 'lecture1.md', 'lecture02b.md'];
    expect(names.sort(compareDeckIds)).toEqual([
      'intro.md',
      'lecture1.md',
      'lecture2.md',
      'lecture02b.md',
      'lecture10.md',
    ]);
    expect(['b.md', 'a10.md', 'a9.md', 'A1.md'].sort(compareDeckIds)).toEqual([
      'A1.md',
      'a9.md',
      'a10.md',
      'b.md',
    ]);
    expect(compareDeckIds('lecture05.md', 'lecture5.md')).not.toBe(0);
    expect(compareDeckIds('x.md', 'x.md')).toBe(0);
  });

  it('a missing folder has no decks', () => {
    expect(listDeckFiles(join(root, 'nowhere'))).toEqual({ ids: [], skipped: [] });
  });

  it('the deck source renders every listed deck and refuses the rest without throwing', () => {
    const source = createDeckSource(root);
    expect(source.list()).toEqual(files.ids);
    for (const id of source.list()) expect(source.render(id)?.id).toBe(id);
    expect(source.render('Лекція 5.md')?.title).toBe('Лекція 5.md');
    for (const id of ['d.md', long, '100%.md', 'broken.md', '../slides/a.md']) {
      expect(source.render(id)).toBeUndefined();
    }
  });
});
