import { describe, expect, it } from 'vitest';
import {
  FIT_BUDGET,
  FIT_BUDGET_KEY,
  parseFitBudget,
  readFitBudget,
} from '../../src/model/fitBudget.ts';

describe('the live fit budget (shared by the presenter bar and the live cells)', () => {
  it('parses whole seconds in range; anything else keeps the previous value', () => {
    expect(parseFitBudget('90')).toBe(90);
    expect(parseFitBudget(' 120 ')).toBe(120);
    expect(parseFitBudget('45,6')).toBe(46);
    expect(parseFitBudget('3600')).toBe(3600);
    for (const text of ['', '4', '3601', '-10', 'abc', '1e3', null, undefined]) {
      expect(parseFitBudget(text), String(text)).toBeUndefined();
    }
  });

  it('reads the stored value, else the default of 90 s', () => {
    const store = (value: string | null) => ({
      getItem: (key: string) => (key === FIT_BUDGET_KEY ? value : null),
    });
    expect(FIT_BUDGET.initial).toBe(90);
    expect(readFitBudget(store('30'))).toBe(30);
    expect(readFitBudget(store('nonsense'))).toBe(90);
    expect(readFitBudget(store(null))).toBe(90);
    expect(readFitBudget(undefined)).toBe(90);
    const denied = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
    };
    expect(readFitBudget(denied)).toBe(90);
  });
});
