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

// Another course's folder (contentRoot) with slides/course.json: the logo goes on title slides;
// a bad logo is a warning and the build goes on without it.
describe('deck plugin: a course folder with a logo', () => {
  const course = join(root, 'course');
  mkdirSync(join(course, 'slides'), { recursive: true });
  mkdirSync(join(course, 'figures'));
  writeFileSync(join(course, 'figures', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(course, 'slides', 'a.md'),
    'class: title-slide\n# Title\n\n---\n\n# Second\n\n![](figures/logo.svg)\n',
  );

  const buildCourse = async (config: string): Promise<{ code: string; warnings: string[] }> => {
    writeFileSync(join(course, 'slides', 'course.json'), config);
    const warnings: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (msg) => warnings.push(msg);
    logger.warnOnce = (msg) => warnings.push(msg);
    const outDir = join(root, 'dist-course');
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      customLogger: logger,
      plugins: [deckPlugin({ figureStandIns: {}, contentRoot: 'course' })],
      build: { outDir, emptyOutDir: true, minify: false },
    });
    const assets = join(outDir, 'assets');
    const chunk = readdirSync(assets).find((f) => f.startsWith('a-'));
    return { code: chunk ? readFileSync(join(assets, chunk), 'utf8') : '', warnings };
  };

  it('puts the logo on the title slide only, and copies the course figures', async () => {
    const { code, warnings } = await buildCourse('{ "logo": "figures/logo.svg" }');
    expect(code.match(/course-logo/g)).toHaveLength(1);
    expect(code).toContain('Title');
    expect(readdirSync(join(root, 'dist-course', 'figures'))).toEqual(['logo.svg']);
    expect(warnings.filter((w) => w.includes('course.json'))).toEqual([]);
  }, 60_000);

  it('warns about a missing logo and builds the decks without it', async () => {
    const { code, warnings } = await buildCourse('{ "logo": "figures/nope.svg" }');
    expect(code).toContain('Title');
    expect(code).not.toContain('course-logo');
    expect(warnings.join('\n')).toContain(
      'slides/course.json: the logo figures/nope.svg does not exist; no logo is shown.',
    );
  }, 60_000);

  it('names each missing figure with its deck, slide and line (the audience sees a stand-in)', async () => {
    writeFileSync(
      join(course, 'slides', 'b.md'),
      '# One\n\n---\n\n# Two\n\n![](figures/gone.png)\n',
    );
    const { warnings } = await buildCourse('{}');
    expect(warnings.join('\n')).toContain(
      'slides/b.md slide 2, line 7: Missing figure: figures/gone.png',
    );
    expect(warnings.join('\n')).not.toContain('slides/a.md');
  }, 60_000);
});
