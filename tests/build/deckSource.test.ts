import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeckSource } from '../../src/build/deckSource.ts';

const root = mkdtempSync(join(tmpdir(), 'deck-source-'));
mkdirSync(join(root, 'slides'));
mkdirSync(join(root, 'figures'));
writeFileSync(join(root, 'figures', 'here.png'), 'png');
writeFileSync(join(root, 'slides', 'b.md'), '# B\n\n---\n\n# Second\n');
writeFileSync(
  join(root, 'slides', 'a.md'),
  '# A\n\n![](figures/here.png)\n\n![](figures/gone.png)\n',
);
writeFileSync(join(root, 'slides', 'notes.txt'), 'not a deck');
writeFileSync(join(root, 'slides', 'bad:name.md'), '# colons are not ids');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('deck source', () => {
  const source = createDeckSource(root);

  it('lists only .md files with deck names, sorted', () => {
    expect(source.list()).toEqual(['a.md', 'b.md']);
    expect(source.files().skipped.map((s) => s.name)).toEqual(['bad:name.md']);
  });

  it('renders a deck and summarises it', () => {
    const deck = source.render('b.md');
    expect(deck?.id).toBe('b.md');
    expect(deck && source.summary(deck)).toMatchObject({ id: 'b.md', count: 2 });
  });

  it('refuses ids that are not deck files', () => {
    expect(source.render('../b.md')).toBeUndefined();
    expect(source.render('notes.txt')).toBeUndefined();
    expect(source.render('missing.md')).toBeUndefined();
  });

  it('resolves figures against the project root: missing ones become cards', () => {
    const html = source.render('a.md')?.slides[0]?.html ?? '';
    expect(html).toContain('src="figures/here.png"');
    expect(html).toContain('figures/gone.png');
    expect(html).toMatch(/figure-missing[^>]*figures\/gone\.png/);
  });
});
