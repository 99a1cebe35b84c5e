import { countedUk } from '../../model/pluralUk.ts';
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

/**
 * «натренована на лекції · 2 епохи · 512 зразків» for a model trained in the live session
 * («дотренована на лекції» when its training started from the pretrained weights).
 */
export function lectureCaption(fit: {
  readonly epochs: number;
  readonly samples: number;
  readonly base: 'seed' | 'pretrained';
}): string {
  const what = fit.base === 'pretrained' ? 'дотренована на лекції' : 'натренована на лекції';
  const epochs = countedUk(fit.epochs, ['епоха', 'епохи', 'епох']);
  const samples = countedUk(fit.samples, ['зразок', 'зразки', 'зразків']);
  return `${what} · ${epochs} · ${samples}`;
}
