import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildDeckCachePlan,
  deckCacheBytes,
  deckFigurePaths,
  figurePath,
} from '../../src/build/deckCachePlan.ts';
import type { RenderedDeck, RenderedSlide } from '../../src/model/index.ts';
import { slideIndex, slideNumber } from '../../src/model/index.ts';

function slide(html: string, extra: Partial<RenderedSlide> = {}): RenderedSlide {
  return {
    index: slideIndex(0),
    number: slideNumber(1),
    classes: [],
    style: '',
    html,
    notesHtml: '',
    incremental: false,
    text: '',
    widgets: [],
    lines: { start: 1, end: 1 },
    ...extra,
  } as RenderedSlide;
}

function deck(id: string, slides: RenderedSlide[]): RenderedDeck {
  return { id, title: id, ratio: '4:3', total: slideNumber(1), slides, messages: [] };
}

describe('figurePath', () => {
  it.each([
    ['figures/lec5/a.svg', 'figures/lec5/a.svg'],
    ['./figures/lec5/a.svg', 'figures/lec5/a.svg'],
    ['figures/lec5/a b.png?x=1#y', 'figures/lec5/a%20b.png'],
    ['figures/lec5/a%20b.png', 'figures/lec5/a%20b.png'],
    ['figures/../secret.svg', undefined],
    ['figures/', undefined],
    ['/figures/a.svg', undefined],
    ['https://example.com/figures/a.svg', undefined],
    ['//example.com/figures/a.svg', undefined],
    ['data:image/svg+xml,figures/a.svg', undefined],
    ['images/a.svg', undefined],
  ])('%s → %s', (ref, path) => {
    expect(figurePath(ref)).toBe(path);
  });
});

describe('deckFigurePaths', () => {
  it('finds images, posters, objects, srcset and backgrounds in slides and notes; not links', () => {
    const d = deck('a.md', [
      slide(
        '<p><img src="figures/a.svg" alt=""><a href="figures/paper.pdf">pdf</a></p>' +
          '<video poster="figures/poster.jpg" src="figures/v.mp4"></video>' +
          '<img srcset="figures/s1.png 1x, ./figures/s2.png 2x">' +
          '<div style="background-image: url(&quot;figures/bg.png&quot;)"></div>',
        { style: 'background-image: url(./figures/lec1/nn.svg); background-size: cover' },
      ),
      slide('<p>x</p>', { notesHtml: '<img src="figures/notes.gif">' }),
      slide('<img src="figures/a.svg"><img src="https://x.example/figures/z.svg">'),
    ]);
    expect(deckFigurePaths(d)).toEqual([
      'figures/a.svg',
      'figures/bg.png',
      'figures/lec1/nn.svg',
      'figures/notes.gif',
      'figures/poster.jpg',
      'figures/s1.png',
      'figures/s2.png',
      'figures/v.mp4',
    ]);
  });
});

describe('buildDeckCachePlan', () => {
  const out = mkdtempSync(join(tmpdir(), 'deck-cache-plan-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  mkdirSync(join(out, 'figures', 'lec1'), { recursive: true });
  mkdirSync(join(out, 'data'));
  mkdirSync(join(out, 'assets'));
  writeFileSync(join(out, 'figures', 'lec1', 'a.svg'), '<svg/>');
  writeFileSync(join(out, 'figures', 'lec1', 'b c.png'), 'png!');
  writeFileSync(join(out, 'figures', 'lec1', 'v.mp4'), 'video');
  writeFileSync(join(out, 'figures', 'huge.png'), Buffer.alloc(2000));
  writeFileSync(join(out, 'data', 'mnist-default.json'), '{}');
  writeFileSync(join(out, 'assets', 'tfjs-abc.js'), 'code');

  const plan = buildDeckCachePlan({
    decks: [
      deck('one.md', [
        slide(
          '<img src="figures/lec1/a.svg"><img src="figures/lec1/b c.png"><img src="figures/missing.svg">' +
            '<video src="figures/lec1/v.mp4"></video><img src="figures/huge.png">',
        ),
      ]),
      deck('live.md', [
        slide('<img src="figures/lec1/a.svg">', {
          widgets: [{ name: 'conv1d', id: 'w1', params: {} }],
        }),
      ]),
    ],
    outDir: out,
    figuresFolder: 'figures',
    figureCache: 'deck-figures',
    demoFiles: {
      'assets/tfjs-abc.js': 'deck-code',
      'data/mnist-default.json': 'data-v1',
      'data/absent.json': 'data-v1',
    },
    maxBytes: 1000,
  });

  it('lists each deck’s existing figures (no videos, none over the limit)', () => {
    expect(plan.decks['one.md']).toEqual(['figures/lec1/a.svg', 'figures/lec1/b%20c.png']);
  });

  it('adds the demos’ files to decks with live widgets only', () => {
    expect(plan.decks['live.md']).toEqual([
      'figures/lec1/a.svg',
      'assets/tfjs-abc.js',
      'data/mnist-default.json',
    ]);
  });

  it('gives figures a content revision and sizes', () => {
    const a = plan.files['figures/lec1/a.svg'];
    expect(a).toMatchObject({ cache: 'deck-figures', bytes: 6 });
    expect(a?.rev).toMatch(/^[0-9a-f]{12}$/);
    expect(plan.files['assets/tfjs-abc.js']).toEqual({ cache: 'deck-code', bytes: 4 });
    expect(plan.files['figures/huge.png']).toBeUndefined();
    expect(deckCacheBytes(plan, 'one.md')).toBe(10);
    expect(deckCacheBytes(plan, 'nope.md')).toBe(0);
  });
});
