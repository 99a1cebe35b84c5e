import { describe, expect, it } from 'vitest';
import {
  lectureCaption,
  parseModels,
  pretrainedCaption,
} from '../../../src/widgets/draw-digit/models.ts';

describe('parseModels', () => {
  it('defaults to both models and keeps the written order without repeats', () => {
    expect(parseModels(undefined)).toEqual({ ok: true, value: ['dense', 'convnet'] });
    expect(parseModels(' ')).toEqual({ ok: true, value: ['dense', 'convnet'] });
    expect(parseModels('dense')).toEqual({ ok: true, value: ['dense'] });
    expect(parseModels('convnet, dense dense')).toEqual({ ok: true, value: ['convnet', 'dense'] });
  });

  it('reports an unknown model in Ukrainian', () => {
    const parsed = parseModels('dense,resnet');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('«resnet»');
  });
});

describe('pretrainedCaption', () => {
  it('states that the model was trained beforehand, with its test accuracy when known', () => {
    expect(pretrainedCaption(0.9781)).toBe('натренована заздалегідь · 97,8 % на тесті');
    expect(pretrainedCaption(undefined)).toBe('натренована заздалегідь');
  });
});

describe('lectureCaption', () => {
  it('says the model was trained in this lecture, with epochs and digits in Ukrainian', () => {
    expect(lectureCaption({ epochs: 1, samples: 512, base: 'seed' })).toBe(
      'натренована на лекції · 1 епоха · 512 зразків',
    );
    expect(lectureCaption({ epochs: 2, samples: 8000, base: 'seed' })).toBe(
      'натренована на лекції · 2 епохи · 8000 зразків',
    );
    expect(lectureCaption({ epochs: 11, samples: 2, base: 'pretrained' })).toBe(
      'дотренована на лекції · 11 епох · 2 зразки',
    );
  });
});
