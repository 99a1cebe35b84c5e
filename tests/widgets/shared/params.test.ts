import { describe, expect, it } from 'vitest';
import { bad, firstError, ok } from '../../../src/widgets/shared/params.ts';

describe('firstError', () => {
  it('is the message of the first param that did not parse', () => {
    expect(firstError([ok(1), bad('перша'), bad('друга')])).toBe('перша');
  });

  it('falls back to a general message when every param parsed', () => {
    expect(firstError([ok(1), ok('a')])).toBe('Неправильні параметри.');
  });
});
