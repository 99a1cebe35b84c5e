import { describe, expect, it } from 'vitest';
import { rehypeWidgets } from '../../../src/render/plugins/rehypeWidgets.ts';
import { runPlugin } from './runPlugin.ts';

describe('rehypeWidgets', () => {
  it('assigns ids per slide and collects dataset-style params', () => {
    const { html, data } = runPlugin(
      rehypeWidgets(),
      '<div data-widget="train" data-epochs="3" data-batch-size="32"></div><div data-widget="pad" data-widget-id="mine"></div><div data-widget="train"></div>',
    );
    expect(data.widgets).toEqual([
      { name: 'train', id: 'w3-0', params: { epochs: '3', batchSize: '32' } },
      { name: 'pad', id: 'mine', params: {} },
      { name: 'train', id: 'w3-2', params: {} },
    ]);
    expect(html).toContain('data-widget-id="w3-0"');
    expect(html).toContain('data-widget-id="w3-2"');
  });

  it('makes duplicate author ids unique', () => {
    const { data } = runPlugin(
      rehypeWidgets(),
      '<div data-widget="a" data-widget-id="x"></div><div data-widget="b" data-widget-id="x"></div>',
    );
    expect(data.widgets.map((w) => w.id)).toEqual(['x', 'w3-1']);
  });
});
