import { describe, expect, it } from 'vitest';
import {
  HAS_TOKEN,
  makeToken,
  stripSentinels,
  tokensToSource,
} from '../../src/render/placeholders.ts';

describe('placeholder tokens', () => {
  it('are distinct, private-use only and recognisable', () => {
    const tokens = [0, 1, 9, 10, 123].map(makeToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const t of tokens) {
      expect(HAS_TOKEN.test(t)).toBe(true);
      expect([...t].every((c) => c.charCodeAt(0) >= 0xe000 && c.charCodeAt(0) <= 0xf8ff)).toBe(
        true,
      );
    }
  });

  it('cannot be forged by author text', () => {
    const forged = stripSentinels(`a${makeToken(0)}b`);
    expect(HAS_TOKEN.test(forged)).toBe(false);
    expect(stripSentinels('plain')).toBe('plain');
  });

  it('turn back into source text', () => {
    const table = new Map([[makeToken(0), { block: false, nodes: [], source: '$x$' }]]);
    expect(tokensToSource(`a ${makeToken(0)} b ${makeToken(1)}`, table)).toBe(
      `a $x$ b ${makeToken(1)}`,
    );
  });
});
