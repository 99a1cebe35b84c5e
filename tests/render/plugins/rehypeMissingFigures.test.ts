import { describe, expect, it } from 'vitest';
import { rehypeMissingFigures } from '../../../src/render/plugins/rehypeMissingFigures.ts';
import { runPlugin } from './runPlugin.ts';

const run = (html: string) =>
  runPlugin(rehypeMissingFigures({ fileExists: (p) => p.startsWith('figures/ok/') }), html);

describe('rehypeMissingFigures', () => {
  it('turns a missing image in flow content into a figure card with alt, path and note', () => {
    const { html, messages } = run('<div><img src="./figures/lec5/x.png" alt="Котик"></div>');
    expect(html).toBe(
      '<div><figure class="figure-missing" data-missing-figure="figures/lec5/x.png">' +
        '<span class="figure-missing-caption">Котик</span>' +
        '<code class="figure-missing-path">figures/lec5/x.png</code>' +
        '<span class="figure-missing-note">Зображення відсутнє. Додайте файл figures/lec5/x.png — і воно з\'явиться тут.</span>' +
        '</figure></div>',
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['missing-figure']);
  });

  it('uses a span card inside a paragraph, with no caption when there is no alt (the file name is only for the author)', () => {
    const { html } = run('<p><span class="center"><img src="figures/lec5/cat.png"></span></p>');
    expect(html).toMatch(
      /^<p><span class="center"><span class="figure-missing" [^>]*><code class="figure-missing-path">figures\/lec5\/cat\.png<\/code>/,
    );
    expect(html).not.toContain('figure-missing-caption');
  });

  it('leaves existing and remote images alone', () => {
    const html = '<p><img src="figures/ok/a.png"><img src="https://e.org/b.png"></p>';
    expect(run(html)).toMatchObject({ html, messages: [] });
  });

  it('replaces a video whose only source is missing', () => {
    const { html } = run('<video controls><source src="./figures/lec5/v.mp4"></video>');
    expect(html).toContain('data-missing-figure="figures/lec5/v.mp4"');
    expect(html).toContain('Відео відсутнє.');
    expect(html).not.toContain('<video');
  });

  it('keeps a video with one available source', () => {
    const html =
      '<video controls><source src="figures/lec5/v.webm"><source src="figures/ok/v.mp4"></video>';
    expect(run(html).html).toBe(html);
  });
});
