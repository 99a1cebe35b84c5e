/**
 * The presenter bar's "Навчання ≤ N с" field: the time budget of one live fit (a code slide's
 * `model.fit`). A fit estimated to take longer waits for the lecturer's choice in its cell.
 * Remembered in localStorage (the key the live cells read: src/model/fitBudget.ts).
 */
import { FIT_BUDGET, parseFitBudget } from '../../../model/fitBudget.ts';
import { element } from './dom.ts';
import type { PresenterSettings } from './settings.ts';

export interface FitBudgetField {
  readonly element: HTMLElement;
  dispose(): void;
}

export function createFitBudgetField(
  doc: Document,
  settings: Pick<PresenterSettings, 'fitBudgetSeconds' | 'setFitBudgetSeconds'>,
): FitBudgetField {
  // The label wraps its field: labelled without ids (two views may share a document).
  const label = element(doc, 'label', 'presenter-length presenter-fit-budget', 'Навчання ≤ ');
  const input = element(doc, 'input', 'presenter-length-input');
  input.type = 'number';
  input.min = String(FIT_BUDGET.min);
  input.max = String(FIT_BUDGET.max);
  input.step = '5';
  input.inputMode = 'numeric';
  input.value = String(settings.fitBudgetSeconds());
  input.title =
    'Бюджет часу одного живого навчання, с: довше навчання почнеться лише після вибору ' +
    '(скорочений або повний запуск)';
  label.append(input, ' с');
  const onInput = (): void => {
    const seconds = parseFitBudget(input.value);
    if (seconds !== undefined) settings.setFitBudgetSeconds(seconds);
  };
  // Enter gives the slide keys back (keys typed in the field do not move slides).
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === 'Escape') input.blur();
  };
  // Leaving the field shows the value in force (an out-of-range entry was not taken).
  const onBlur = (): void => {
    input.value = String(settings.fitBudgetSeconds());
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', onBlur);
  return {
    element: label,
    dispose() {
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('blur', onBlur);
    },
  };
}
