import { describe, expect, it } from 'vitest';
import { FIT_BUDGET, FIT_BUDGET_KEY, readFitBudget } from '../../src/model/fitBudget.ts';
import { createPresenterSettings } from '../../src/present/views/presenter/settings.ts';
import { memoryStore } from './memoryKeyValueStore.ts';

describe('the presenter setting of the live fit budget', () => {
  it('defaults to 90 s and is stored under the key the live cells read', () => {
    const local = memoryStore();
    const settings = createPresenterSettings('a.md', local, memoryStore());
    expect(settings.fitBudgetSeconds()).toBe(FIT_BUDGET.initial);
    settings.setFitBudgetSeconds(45);
    expect(local.data.get(FIT_BUDGET_KEY)).toBe('45');
    expect(readFitBudget(local)).toBe(45);
    expect(createPresenterSettings('b.md', local, memoryStore()).fitBudgetSeconds()).toBe(45);
  });

  it('keeps the stored value within range', () => {
    const local = memoryStore();
    const settings = createPresenterSettings('a.md', local, memoryStore());
    settings.setFitBudgetSeconds(1);
    expect(settings.fitBudgetSeconds()).toBe(FIT_BUDGET.min);
    settings.setFitBudgetSeconds(1e6);
    expect(settings.fitBudgetSeconds()).toBe(FIT_BUDGET.max);
    local.data.set(FIT_BUDGET_KEY, 'soon');
    expect(settings.fitBudgetSeconds()).toBe(FIT_BUDGET.initial);
  });
});
