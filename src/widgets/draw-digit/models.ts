import type { PretrainedKind } from '../shared/mlRuntime.ts';
import { bad, ok, type Parsed } from '../shared/params.ts';

export const MODEL_TITLES: Readonly<Record<PretrainedKind, string>> = Object.freeze({
  dense: 'Щільна мережа',
  convnet: 'Згорткова мережа',
});

/**
 * The `models` param: "dense", "convnet" or both ("dense,convnet", the default), in the
 * order written, without repeats.
 */
export function parseModels(raw: string | undefined): Parsed<PretrainedKind[]> {
  const text = raw?.trim() ?? '';
  if (text === '') return ok(['dense', 'convnet']);
  const kinds: PretrainedKind[] = [];
  for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    if (part !== 'dense' && part !== 'convnet') {
      return bad(`Параметр «models»: «${part}» — очікується dense, convnet або обидва через кому.`);
    }
    if (!kinds.includes(part)) kinds.push(part);
  }
  return ok(kinds);
}

/** "натренована заздалегідь · 97,8 % на тесті" from the model file's training info. */
export function pretrainedCaption(testAccuracy: number | undefined): string {
  if (testAccuracy === undefined || !Number.isFinite(testAccuracy)) {
    return 'натренована заздалегідь';
  }
  const value = (testAccuracy * 100).toFixed(1).replace('.', ',');
  return `натренована заздалегідь · ${value} % на тесті`;
}
