import { describe, expect, it } from 'vitest';
import { defaultDigitsUrl, loadDigits } from '../../../src/widgets/shared/digits.ts';

describe('loadDigits', () => {
  it('falls back to a synthetic digit, saying so, when the asset cannot be loaded', async () => {
    const set = await loadDigits('http://127.0.0.1:9/nothing/mnist-default.json', 5);
    expect(set.real).toBe(false);
    expect(set.source).toContain('синтетична');
    expect(set.digits[0]?.grid.data).toHaveLength(784);
    expect(Math.max(...(set.digits[0]?.grid.data ?? []))).toBeLessThanOrEqual(1);
  });

  it('points at the app asset under the base URL', () => {
    expect(defaultDigitsUrl('/deck/')).toBe('/deck/data/mnist-default.json');
  });
});
