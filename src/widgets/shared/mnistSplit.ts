/** Which part of the data a data widget shows: `train` (default) or `test`. */
export type SplitName = 'train' | 'test';

/** Ukrainian adjective for captions ("тренувальні приклади"). */
export const SPLIT_NAMES: Readonly<Record<SplitName, string>> = Object.freeze({
  train: 'тренувальні',
  test: 'тестові',
});
