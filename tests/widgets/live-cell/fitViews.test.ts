import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../../../src/ml/data/types.ts';
import type { FitStart } from '../../../src/ml/session/fitPlan.ts';
import { planFit } from '../../../src/ml/session/fitPlan.ts';
import { LECTURE_SETTINGS, type TrainingProgress } from '../../../src/ml/session/types.ts';
import {
  describeData,
  fitStartUk,
  trainingStatusUk,
} from '../../../src/widgets/live-cell/trainingView.ts';
import { loadingFraction, loadingText } from '../../../src/widgets/shared/loadProgress.ts';

const plain = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('the data download in the panel', () => {
  const p: LoadProgress = {
    name: 'MNIST',
    bytes: 3_200_000,
    totalBytes: 11_400_000,
    digits: 21_000,
    totalDigits: 70_000,
  };

  it('says megabytes and digits', () => {
    expect(plain(loadingText(p))).toBe('Завантаження MNIST: 3,2 / 11,4 МБ · 21 000 / 70 000 цифр');
    expect(plain(loadingText({ ...p, totalBytes: 0 }))).toBe(
      'Завантаження MNIST: 21 000 / 70 000 цифр',
    );
  });

  it('fills the bar with the download and the decoding, half each', () => {
    expect(loadingFraction(p)).toBeCloseTo((3.2 / 11.4 + 0.3) / 2, 6);
    expect(loadingFraction({ ...p, bytes: p.totalBytes, digits: p.totalDigits })).toBe(1);
    expect(loadingFraction({ ...p, totalDigits: 0 })).toBeCloseTo(3.2 / 11.4, 6);
    expect(loadingFraction({ ...p, totalBytes: 0 })).toBeCloseTo(0.3, 6);
    expect(loadingFraction({ ...p, bytes: 2 * p.totalBytes, digits: 0 })).toBe(0.5);
  });
});

describe('a fit before and during training', () => {
  const base: Omit<FitStart, 'phase'> = {
    id: 1,
    kind: 'convnet',
    cell: 'convnet-fit',
    trainCount: 60_000,
    epochs: 5,
  };

  it('says what the fit does before its first batch', () => {
    expect(plain(fitStartUk({ ...base, phase: 'starting' }))).toBe(
      'Запуск навчання (60 000 цифр, 5 епох) у фоновому потоці: підготовка даних…',
    );
    expect(fitStartUk({ ...base, phase: 'measuring', backend: 'wasm' })).toBe(
      'Вимірювання швидкості навчання на wasm: кілька пробних партій…',
    );
    const estimate = planFit(
      { backend: 'wasm', samplesPerSecond: 460 },
      { trainCount: 60_000, epochs: 5, batchSize: 128 },
      90,
    );
    expect(plain(fitStartUk({ ...base, phase: 'choosing', backend: 'wasm', estimate }))).toBe(
      'Повний запуск (60 000 цифр, 5 епох) триватиме ≈ 11 хв на wasm (460 зразків/с), довше за бюджет 90 с.',
    );
  });

  it('shows elapsed and remaining time', () => {
    const p = {
      epoch: 0,
      epochs: 5,
      batch: 2,
      batches: 63,
      fraction: 3 / 315,
      elapsedSeconds: 3.2,
      etaSeconds: 82,
    } as TrainingProgress;
    expect(trainingStatusUk(p)).toBe(
      'Епоха 1/5 · партія 3/63 · 1 % · минуло 0:03 · залишилось ≈ 1:22',
    );
    expect(trainingStatusUk({ ...p, etaSeconds: undefined })).toMatch(/залишилось ≈ …$/);
  });

  it('names the digits a shortened run trains on', () => {
    const data = { id: 'full', name: 'MNIST', trainCount: 60000, testCount: 10000, split: '' };
    expect(plain(describeData(data, LECTURE_SETTINGS, 8064))).toBe(
      'Дані: MNIST: 60000 навчальних / 10000 тестових; навчання на перших 8 064',
    );
    expect(describeData(data, LECTURE_SETTINGS, 60000)).toBe(
      'Дані: MNIST: 60000 навчальних / 10000 тестових',
    );
  });
});
