import { describe, expect, it } from 'vitest';
import { APP_CHECK_OPTIONS } from '../../scripts/lib/appCheckOptions.ts';
import { checkDeck } from '../../src/check/index.ts';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';

const deck = `class: middle, black-slide

.center[
<video loop controls><source src="./figures/lec5/maxPooling.mp4" type="video/mp4"></video>
]

---

.center.width-70[![](figures/lec5/1d-conv.gif)]

---

![](figures/lec5/photo.png)
`;
const nothingExists = () => false;

describe('missing figures with a stand-in widget', () => {
  const rendered = renderDeck(parseDeck(deck), {
    id: 'x.md',
    fileExists: nothingExists,
    figureStandIns,
  });

  it('become widget placeholders carrying the figure path and the params', () => {
    expect(rendered.slides[0]?.widgets).toEqual([
      {
        name: 'max-pooling',
        id: 'w0-0',
        params: { figure: 'figures/lec5/maxPooling.mp4', input: '8' },
      },
    ]);
    expect(rendered.slides[0]?.html).toContain('class="figure-widget"');
    expect(rendered.slides[0]?.html).not.toContain('figure-missing');
  });

  it('stay valid HTML in phrasing content (a span, not a div)', () => {
    expect(rendered.slides[1]?.html).toMatch(/<span class="figure-widget" data-widget="conv1d"/);
    expect(rendered.slides[1]?.widgets.map((w) => w.name)).toEqual(['conv1d']);
  });

  it('are not reported missing; figures without a stand-in still are', () => {
    const missing = rendered.messages.filter((m) => m.rule === 'missing-figure');
    expect(missing.map((m) => m.message)).toEqual([
      expect.stringContaining('figures/lec5/photo.png'),
    ]);
    const report = checkDeck(deck, {
      id: 'x.md',
      fileExists: nothingExists,
      ...APP_CHECK_OPTIONS,
    });
    expect(report.items.filter((i) => i.rule === 'missing-figure')).toHaveLength(1);
  });

  it('leave present files alone', () => {
    const present = renderDeck(parseDeck(deck), {
      id: 'x.md',
      fileExists: () => true,
      figureStandIns,
    });
    expect(present.slides.flatMap((s) => s.widgets)).toEqual([]);
    expect(present.slides[0]?.html).toContain('<video');
  });

  it('without a table, render the missing-figure card as before', () => {
    const plain = renderDeck(parseDeck(deck), { id: 'x.md', fileExists: nothingExists });
    expect(plain.slides[0]?.html).toContain('figure-missing');
    expect(plain.slides.flatMap((s) => s.widgets)).toEqual([]);
  });
});

describe('live figures (a widget drawn from real data over a generated figure)', () => {
  const source = '.center.width-100[![](figures/lec5/mnist-samples.svg)]\n';
  const render = (fileExists: (path: string) => boolean) =>
    renderDeck(parseDeck(source), { id: 'x.md', fileExists, figureStandIns });

  it('mount the widget over the existing figure, which stays inside as the fallback', () => {
    const slide = render(() => true).slides[0];
    expect(slide?.widgets.map((w) => w.name)).toEqual(['mnist-samples']);
    expect(slide?.html).toMatch(
      /<span class="figure-widget" data-widget="mnist-samples"[^>]*><img src="[^"]*figures\/lec5\/mnist-samples\.svg"/,
    );
  });

  it('still stand in, with no fallback, when the figure is missing', () => {
    const slide = render(nothingExists).slides[0];
    expect(slide?.widgets.map((w) => w.name)).toEqual(['mnist-samples']);
    expect(slide?.html).not.toContain('<img');
    expect(slide?.html).not.toContain('figure-missing');
  });
});
