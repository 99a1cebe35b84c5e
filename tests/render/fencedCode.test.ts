import { describe, expect, it } from 'vitest';
import { createFenceReader, isFence } from '../../src/render/fencedCode.ts';

const places = (markdown: string) => markdown.split('\n').map(createFenceReader());

describe('createFenceReader: fenced code for the line-based rewrites', () => {
  it('marks the opening fence, the code and the closing fence, then text again', () => {
    expect(places('a\n```js\n[x]: y\n```\nb')).toEqual(['text', 'open', 'code', 'code', 'text']);
  });

  it('closes only on the same character, at least as long', () => {
    expect(places('````\n~~~~\n```\n`````\nb')).toEqual(['open', 'code', 'code', 'code', 'text']);
  });

  it('takes no fence indented four spaces (indented code, not a fence)', () => {
    expect(places('   ~~~\n    ~~~\n~~~')).toEqual(['open', 'code', 'code']);
    expect(isFence('    ```')).toBe(false);
    expect(isFence('   ```')).toBe(true);
  });

  it('keeps a fence left open to the end of the text', () => {
    expect(places('```\n<div>\n- item')).toEqual(['open', 'code', 'code']);
  });
});
