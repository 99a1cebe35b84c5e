import { describe, expect, it } from 'vitest';
import { isScriptUrl, localPath } from '../../src/render/localPath.ts';

describe('localPath', () => {
  it.each([
    ['./figures/lec5/x.png', 'figures/lec5/x.png'],
    ['figures/lec5/x.png', 'figures/lec5/x.png'],
    ['/figures/a b.png', 'figures/a b.png'],
    ['figures/a%20b.png?v=2#top', 'figures/a b.png'],
    ['figures/../pdf/ConvNets.pdf', 'pdf/ConvNets.pdf'],
  ])('normalises %s to %s', (url, path) => {
    expect(localPath(url)).toBe(path);
  });

  it.each([
    'https://example.org/a.png',
    'http://x/y',
    '//cdn.example.org/a.png',
    'data:image/png;base64,AAAA',
    'mailto:a@b.c',
    '#slide-3',
    '',
    './',
  ])('treats %s as not a local file', (url) => {
    expect(localPath(url)).toBeUndefined();
  });
});

describe('isScriptUrl', () => {
  it('recognises javascript: even with case and control characters', () => {
    expect(isScriptUrl('JavaScript:alert(1)')).toBe(true);
    expect(isScriptUrl(' java\tscript:alert(1)')).toBe(true);
    expect(isScriptUrl('https://example.org')).toBe(false);
  });
});
