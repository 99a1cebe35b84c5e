/**
 * The lecture's time budget for one live fit: a presenter setting (the presenter bar writes
 * it) that the live cells read before a fit starts. A fit estimated to take longer waits for
 * the lecturer's choice (a shorter run or the full one). Both sides live in the same origin,
 * so they share it through `localStorage` under one key.
 */

/** The `localStorage` key (seconds, a whole number as text). */
export const FIT_BUDGET_KEY = 'deck.presenter.fitBudgetSeconds';

/** Seconds: allowed range and the default (a minute and a half of the lecture). */
export const FIT_BUDGET = Object.freeze({ min: 5, max: 3600, initial: 90 });

/**
 * Seconds typed or stored as text: a whole number in range (a decimal comma or point is
 * rounded), else `undefined` (keep the previous value).
 */
export function parseFitBudget(text: string | null | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (!/^\d{1,5}([.,]\d*)?$/.test(trimmed)) return undefined;
  const seconds = Math.round(Number.parseFloat(trimmed.replace(',', '.')));
  return seconds >= FIT_BUDGET.min && seconds <= FIT_BUDGET.max ? seconds : undefined;
}

/** The stored budget, or the default when storage is missing, denied or holds nonsense. */
export function readFitBudget(store: Pick<Storage, 'getItem'> | undefined): number {
  try {
    return parseFitBudget(store?.getItem(FIT_BUDGET_KEY)) ?? FIT_BUDGET.initial;
  } catch {
    return FIT_BUDGET.initial;
  }
}
