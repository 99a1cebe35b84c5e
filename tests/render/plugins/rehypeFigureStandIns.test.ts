import { describe, expect, it } from 'vitest';
import { rehypeFigureStandIns } from '../../../src/render/plugins/rehypeFigureStandIns.ts';
import { runPlugin } from './runPlugin.ts';

const standIns = {
  'figures/lec5/1d-conv.gif': { widget: 'conv1d', params: { example: '1', batchSize: '8' } },
  'figures/lec5/FLATTEN.mp4': { widget: 'flatten' },
};
const run = (html: string, exists = false) =>
  runPlugin(rehypeFigureStandIns({ fileExists: () => exists, standIns }), html);

describe('rehypeFigureStandIns', () => {
  it('puts a widget placeholder in place of a missing image that has a stand-in', () => {
    const { html, messages } = run(
      '<p><span class="center"><img src="./figures/lec5/1d-conv.gif"></span></p>',
    );
    expect(html).toBe(
      '<p><span class="center"><span class="figure-widget" data-widget="conv1d" data-figure="figures/lec5/1d-conv.gif" data-example="1" data-batch-size="8"></span></span></p>',
    );
    expect(messages.map((m) => [m.ruleId, m.fatal])).toEqual([['figure-stand-in', undefined]]);
  });

  it('uses a div for a missing video in flow content', () => {
    const { html } = run(
      '<div><video controls><source src="figures/lec5/FLATTEN.mp4"></video></div>',
    );
    expect(html).toBe(
      '<div><div class="figure-widget" data-widget="flatten" data-figure="figures/lec5/FLATTEN.mp4"></div></div>',
    );
  });

  it('keeps figures whose file exists and missing figures without a stand-in', () => {
    const present = '<img src="figures/lec5/1d-conv.gif">';
    expect(run(present, true).html).toBe(present);
    const other = '<img src="figures/lec5/other.png">';
    expect(run(other).html).toBe(other);
  });
});
