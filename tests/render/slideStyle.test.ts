import { describe, expect, it } from 'vitest';
import { slideStyle } from '../../src/render/slideStyle.ts';

const exists = (path: string) => path === 'figures/lec1/nn.jpg';

describe('slideStyle', () => {
  it('keeps an existing background image and plain background values', () => {
    const result = slideStyle(
      {
        'background-image': 'url(./figures/lec1/nn.jpg)',
        'background-size': 'cover',
        'background-position': 'center 20%',
        'background-color': '#123',
        class: 'x',
      },
      exists,
    );
    expect(result.style).toBe(
      'background-image: url("./figures/lec1/nn.jpg"); background-color: #123; ' +
        'background-size: cover; background-position: center 20%',
    );
    expect(result.problems).toEqual([]);
  });

  it('drops a missing background image and reports it as a missing figure', () => {
    const result = slideStyle({ 'background-image': "url('figures/gone.png')" }, exists);
    expect(result.style).toBe('');
    expect(result.problems).toMatchObject([{ rule: 'missing-figure' }]);
  });

  it('accepts remote images without asking the file system', () => {
    const result = slideStyle({ 'background-image': 'url(https://example.org/a.jpg)' }, () => {
      throw new Error('must not be called');
    });
    expect(result.style).toBe('background-image: url("https://example.org/a.jpg")');
  });

  it.each([
    ['background-image', 'url(javascript:alert(1))'],
    ['background-image', 'red; color: blue'],
    ['background-color', 'red; position: fixed'],
    ['background-color', 'url(x.png)'],
    ['background-size', 'expression(alert(1))'],
    ['background-image', 'url("a\\"b.png")'],
  ])('refuses %s: %s', (key, value) => {
    const result = slideStyle({ [key]: value }, () => true);
    expect(result.style).toBe('');
    expect(result.problems).toMatchObject([{ rule: 'unsafe-style' }]);
  });
});
