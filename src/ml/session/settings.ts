import { LECTURE_SETTINGS, type LiveSettings } from './types.ts';

/** The test switch's defaults: `?live=test` trains on 512 digits for 1 epoch. */
export const TEST_SUBSET = 512;
export const TEST_EPOCHS = 1;

const positiveInt = (value: string | null): number | undefined => {
  if (value === null || !/^\d{1,7}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
};

/**
 * Reads the test switch from a URL query: `?live=test` (512 digits, 1 epoch), optionally
 * tuned with `live-subset=N` and `live-epochs=N` (either alone also turns test mode on).
 * Anything else gives the lecture's settings (all digits, 5 epochs, batch 128).
 * `live-budget=SECONDS` (1–86400; with or without the test switch) sets a fit's time budget,
 * over the presenter's setting: longer fits wait for a choice.
 */
export function liveSettingsFromQuery(search: string): LiveSettings {
  const query = new URLSearchParams(search);
  const subset = positiveInt(query.get('live-subset'));
  const epochs = positiveInt(query.get('live-epochs'));
  const budget = positiveInt(query.get('live-budget'));
  const budgetSeconds = budget === undefined ? {} : { budgetSeconds: Math.min(budget, 86_400) };
  const test = query.get('live') === 'test' || subset !== undefined || epochs !== undefined;
  if (!test) {
    return budget === undefined
      ? LECTURE_SETTINGS
      : Object.freeze({ ...LECTURE_SETTINGS, ...budgetSeconds });
  }
  return Object.freeze({
    epochs: Math.min(epochs ?? TEST_EPOCHS, 50),
    batchSize: LECTURE_SETTINGS.batchSize,
    subset: subset ?? TEST_SUBSET,
    test: true,
    ...budgetSeconds,
  });
}

/** A key separating stored sessions of different settings (tests never touch the lecture's). */
export function settingsKey(settings: LiveSettings): string {
  return settings.test ? `test-${settings.subset ?? 'all'}-${settings.epochs}` : 'lecture';
}
