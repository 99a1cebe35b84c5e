import { countedUk } from '../../model/pluralUk.ts';
import type { FitChoice, FitEstimate, PlannedRun } from './fitPlan.ts';

/** `60 000` (Ukrainian digit grouping, a no-break space). */
export const countUk = (n: number): string => Math.round(n).toLocaleString('uk-UA');

/** `1 епоха`, `2 епохи`, `5 епох`, `21 епоха`. */
export function epochsUk(n: number): string {
  return countedUk(n, ['епоха', 'епохи', 'епох']);
}

/** A duration for estimates: `85 с`, `11 хв`, `1 год 5 хв`. */
export function durationUk(seconds: number): string {
  const s = Math.max(0, seconds);
  if (s < 99.5) return `${Math.max(1, Math.round(s))} с`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} хв`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} год${rest > 0 ? ` ${rest} хв` : ''}`;
}

/** `450 зразків/с` (whole numbers; two significant digits below 10). */
export function speedUk(samplesPerSecond: number): string {
  const v = samplesPerSecond >= 10 ? Math.round(samplesPerSecond) : samplesPerSecond.toPrecision(2);
  return `${typeof v === 'number' ? countUk(v) : v.replace('.', ',')} зразків/с`;
}

const runUk = (run: PlannedRun, of: number): string =>
  run.digits < of
    ? `перші ${countUk(run.digits)} з ${countUk(of)} цифр, ${epochsUk(run.epochs)}`
    : `${countUk(run.digits)} цифр, ${epochsUk(run.epochs)}`;

/**
 * The prompt's question: `Повний запуск (60 000 цифр, 5 епох) триватиме ≈ 11 хв на wasm
 * (450 зразків/с), довше за бюджет 90 с.`
 */
export function overBudgetUk(e: FitEstimate): string {
  return (
    `Повний запуск (${runUk(e.full, e.full.digits)}) триватиме ≈ ${durationUk(e.full.seconds)} ` +
    `на ${e.backend} (${speedUk(e.samplesPerSecond)}), довше за бюджет ${durationUk(e.budgetSeconds)}.`
  );
}

/** The prompt's buttons: what each choice runs and its estimate. */
export function choiceLabelUk(e: FitEstimate, choice: FitChoice): string {
  if (choice === 'full' || e.short === undefined) {
    return `Повний запуск (≈ ${durationUk(e.full.seconds)})`;
  }
  return `Скорочений: ${runUk(e.short, e.full.digits)} (≈ ${durationUk(e.short.seconds)})`;
}

/**
 * The fit output's first line after a choice, saying exactly what ran (a Python comment):
 * `# Скорочений запуск: перші 12 800 з 60 000 цифр, 5 епох (≈ 85 с на wasm; повний ≈ 11 хв)`.
 */
export function runHeaderUk(e: FitEstimate, choice: FitChoice): string {
  if (choice === 'short' && e.short !== undefined) {
    return (
      `# Скорочений запуск: ${runUk(e.short, e.full.digits)} ` +
      `(≈ ${durationUk(e.short.seconds)} на ${e.backend}; повний ≈ ${durationUk(e.full.seconds)})`
    );
  }
  return (
    `# Повний запуск: ${runUk(e.full, e.full.digits)} ` +
    `(≈ ${durationUk(e.full.seconds)} на ${e.backend}; бюджет ${durationUk(e.budgetSeconds)})`
  );
}
