import { describe, expect, it } from 'vitest';
import { unescapeTex } from '../../src/parse/unescapeTex.ts';

describe('unescapeTex (rule 18)', () => {
  const cases: [string, string, string][] = [
    ['drops the backslash of an escaped underscore', '\\sum\\_{m=0}', '\\sum_{m=0}'],
    ['drops escapes of braces, brackets and parentheses', '\\{a\\}\\[b\\]\\(c\\)', '{a}[b](c)'],
    ['drops escapes of * # + - . ! > and backtick', '\\*\\#\\+\\-\\.\\!\\>\\`', '*#+-.!>`'],
    ['keeps TeX commands', '\\mathbf{x} \\int \\circledast', '\\mathbf{x} \\int \\circledast'],
    ['keeps backslashes before other punctuation', '\\, \\; \\| \\$ \\%', '\\, \\; \\| \\$ \\%'],
    ['turns an escaped backslash before a letter into one', '\\\\mathbf{x}', '\\mathbf{x}'],
    ['turns four backslashes into a line break', 'a \\\\\\\\ b', 'a \\\\ b'],
    ['keeps a line break written as two backslashes', 'a \\\\\nb \\\\', 'a \\\\\nb \\\\'],
    ['keeps a line break followed by spacing', 'a \\\\[2pt] b', 'a \\\\[2pt] b'],
    ['reads three backslashes as an escaped backslash and an escape', '\\\\\\_', '\\_'],
    ['leaves text without backslashes alone', 'x^2 + y_1', 'x^2 + y_1'],
    ['keeps a trailing lone backslash', 'a\\', 'a\\'],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => {
      expect(unescapeTex(input)).toBe(output);
    });
  }
});
