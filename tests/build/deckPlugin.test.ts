import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { deckPlugin } from '../../src/build/deckPlugin.ts';

// A real (small) Vite build with the deck plugin: deck names in any script, with spaces and
// apostrophes, are built; a 250-character name and a directory named like a deck are left
// out with a warning naming them, and do not fail the build.
const root = mkdtempSync(join(tmpdir(), 'deck-plugin-'));
const slides = join(root, 'slides');
mkdirSync(slides);
const long = `${'a'.repeat(247)}.md`;
const good = ['lecture5.md', 'Лекція 5.md', "м'ясо та об’єкти.md"];
for (const name of [...good, long]) writeFileSync(join(slides, name), `# ${name}\n\n---\n\nx\n`);
mkdirSync(join(slides, 'd.md'));
writeFileSync(join(root, 'package.json'), '{"type":"module"}');
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="./main.js"></script></body></html>',
);
writeFileSync(
  join(root, 'main.js'),
  "import { decks, loaders } from 'virtual:deck-manifest';\nfor (const d of decks) loaders[d.id]().then((m) => console.log(m.default.title));\n",
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('deck plugin build', () => {
  it('builds decks with Unicode, spaces and apostrophes; warns about what it skips', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (msg) => warnings.push(msg);
    logger.warnOnce = (msg) => warnings.push(msg);
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      customLogger: logger,
      plugins: [deckPlugin({ figureStandIns: {} })],
      build: { outDir: join(root, 'dist'), emptyOutDir: true, minify: false },
    });
    const manifest = readFileSync(
      join(
        root,
        'dist/assets',
        readdirSync(join(root, 'dist/assets')).find((f) => f.startsWith('index'))!,
      ),
      'utf8',
    );
    for (const id of good) expect(manifest).toContain(JSON.stringify(id).slice(1, -1));
    expect(manifest).not.toContain('aaaaaaaaaa');
    const skipped = warnings.filter((w) => w.includes('is not used as a deck'));
    expect(skipped).toHaveLength(2);
    expect(skipped.join('\n')).toContain('slides/d.md is not used as a deck: it is a directory.');
    expect(skipped.join('\n')).toContain(
      `slides/${long} is not used as a deck: the name is 250 bytes`,
    );
    const chunks = readdirSync(join(root, 'dist/assets'));
    expect(chunks.some((f) => f.startsWith('Лекція 5'))).toBe(true);
  }, 60_000);
});
