/** The three Ukrainian forms of a counted noun: for 1, for 2–4, for 5 (`['слайд', 'слайди', 'слайдів']`). */
export type UkForms = readonly [one: string, few: string, many: string];

/** The platform's CLDR plural rule for Ukrainian, made on first use (nothing runs at load). */
let ukRules: Intl.PluralRules | undefined;

/**
 * The form of `forms` that Ukrainian uses after the number `n`: `pluralUk(1, …)` → "слайд",
 * 2–4, 22, 104 → "слайди", 5–20, 25, 111 → "слайдів", 21, 101 → "слайд". Fractions (CLDR
 * "other", a fourth form) take the last one.
 */
export function pluralUk(n: number, [one, few, many]: UkForms): string {
  ukRules ??= new Intl.PluralRules('uk');
  const category = ukRules.select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
}

/** `pluralUk` with its number in front: `countedUk(3, SLIDE_FORMS)` → "3 слайди". */
export function countedUk(n: number, forms: UkForms): string {
  return `${n} ${pluralUk(n, forms)}`;
}
