import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/model/displayText.ts';

describe('displayText', () => {
  it('replaces control, bidi, zero-width and private-use characters', () => {
    expect(displayText('a\u0000b\u202Ec\u200Bd\uE000e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
  });
  it('shortens long text by characters (not UTF-16 units), with an ellipsis', () => {
    expect(displayText('Лекція'.repeat(20), 10)).toBe('ЛекціяЛек…');
    expect(displayText('😀'.repeat(12), 5)).toBe('😀😀😀😀…');
    expect(displayText('short', 80)).toBe('short');
  });
});
