import { describe, expect, it } from 'vitest';
import { scopeCss } from '../../src/build/scopeCss.ts';

describe('scopeCss', () => {
  it('prefixes every selector of every rule and drops comments', () => {
    const css = '/* theme */\n.hljs { color: red }\n.a,\n.b .c { color: blue; }';
    expect(scopeCss(css, '.dark')).toBe(
      '.dark .hljs{color: red}\n.dark .a,.dark .b .c{color: blue;}\n',
    );
  });
});
