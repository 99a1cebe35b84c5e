import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { missingFigureCard, standInPath } from '../../src/render/missingFigurePath.ts';

/** The card for the first `<img>`/`<video>` of `html`, as HTML. */
function cardOf(html: string, fileExists: (p: string) => boolean, phrasing = false): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const node = tree.children.find((c): c is Element => c.type === 'element');
  if (node === undefined) throw new Error('no element');
  const src = String(node.properties.src ?? '');
  return toHtml(missingFigureCard(node, src, phrasing, fileExists));
}

/** What the audience sees: the card without the author's note (hidden outside the presenter). */
const audiencePart = (card: string): string =>
  card
    .replace(/<code class="figure-missing-path">.*?<\/code>/, '')
    .replace(/<span class="figure-missing-note">.*?<\/span>/, '')
    .replace(/ data-missing-figure="[^"]*"/, '');

describe('standInPath', () => {
  it('puts the stand-in next to the figure, in stand-ins/, as .svg', () => {
    expect(standInPath('figures/lec5/cat.png')).toBe('figures/lec5/stand-ins/cat.svg');
    expect(standInPath('figures/lec5/Nobel_medal.jpg')).toBe(
      'figures/lec5/stand-ins/Nobel_medal.svg',
    );
    expect(standInPath('a/b.c.png')).toBe('a/stand-ins/b.c.svg');
    expect(standInPath('x')).toBe('stand-ins/x.svg');
  });
});

describe('missingFigureCard', () => {
  const none = () => false;

  it('shows the generated stand-in in the figure box when it exists', () => {
    const exists = (p: string) => p === 'figures/lec5/stand-ins/cat.svg';
    expect(cardOf('<img src="figures/lec5/cat.png" alt="Кіт">', exists)).toBe(
      '<figure class="figure-missing figure-missing-stand-in" data-missing-figure="figures/lec5/cat.png">' +
        '<img class="figure-stand-in" src="figures/lec5/stand-ins/cat.svg" alt="Кіт">' +
        '<code class="figure-missing-path">figures/lec5/cat.png</code>' +
        '<span class="figure-missing-note">Зображення відсутнє. Додайте файл figures/lec5/cat.png — і воно з\'явиться тут.</span>' +
        '</figure>',
    );
  });

  it("gives the stand-in an alt a screen reader announces: the author's, else what it is", () => {
    const standIns = (p: string) => p.includes('/stand-ins/');
    const altOf = (html: string): string | undefined =>
      /<img class="figure-stand-in"[^>]* alt="([^"]*)"/.exec(cardOf(html, standIns))?.[1];
    // Markdown `![](…)` gives alt="": nothing written, so the stand-in says what it is.
    expect(altOf('<img src="figures/lec5/catH.png" alt="">')).toBe(
      'Ілюстрація: catH (немає у збірці)',
    );
    expect(altOf('<img src="figures/lec5/Nobel_medal.jpg">')).toBe(
      'Ілюстрація: Nobel medal (немає у збірці)',
    );
    expect(altOf('<video src="figures/lec5/demo-run.mp4"></video>')).toBe(
      'Відео: demo run (немає у збірці)',
    );
    // The author's words win: alt, else title (a blank alt does not hide the title).
    expect(altOf('<img src="figures/lec5/cat.png" alt=" Кіт у досліді ">')).toBe('Кіт у досліді');
    expect(altOf('<img src="figures/lec5/cat.png" alt="  " title="Кіт">')).toBe('Кіт');
    expect(altOf('<img src="figures/lec5/cat.png" alt="" title="Кіт">')).toBe('Кіт');
  });

  it('shows the alt text (or title) when there is no stand-in', () => {
    const card = cardOf('<img src="figures/lec5/x.png" alt=" Котик ">', none);
    expect(card).toContain('<span class="figure-missing-caption">Котик</span>');
    expect(card).not.toContain('<img');
    expect(cardOf('<img src="figures/lec5/x.png" title="Підпис">', none)).toContain(
      '<span class="figure-missing-caption">Підпис</span>',
    );
    // `![](x.png "Підпис")` in markdown: an empty alt and a title.
    expect(cardOf('<img src="figures/lec5/x.png" alt="" title="Підпис">', none)).toContain(
      '<span class="figure-missing-caption">Підпис</span>',
    );
  });

  it('never shows the audience the file name or instructions', () => {
    const cases = [
      cardOf('<img src="figures/lec5/catH.png">', none),
      cardOf('<img src="figures/lec5/catH.png" alt="Дослід">', none),
      cardOf('<img src="figures/lec5/catH.png">', (p) => p.endsWith('stand-ins/catH.svg')),
      cardOf('<video src="figures/lec5/catH.mp4"></video>', none),
    ];
    for (const card of cases) {
      expect(card).toContain('figures/lec5/catH.');
      expect(card).toContain('Додайте файл');
      const seen = audiencePart(card);
      expect(seen).not.toMatch(/catH\.(png|mp4)|Додайте|відсутн/);
    }
    // No alt, no stand-in: an empty designed box (no caption made up from the file name).
    expect(cases[0]).not.toContain('figure-missing-caption');
  });

  it('is a span where only phrasing content may go, and names a missing video as such', () => {
    expect(cardOf('<img src="figures/a.png">', none, true)).toMatch(
      /^<span class="figure-missing"/,
    );
    expect(cardOf('<video src="figures/v.mp4"></video>', none)).toContain('Відео відсутнє.');
  });
});
