import { mulberry32, permutation } from './random.ts';
import {
  type DataDescriptor,
  MNIST_COLS,
  MNIST_PIXELS,
  MNIST_ROWS,
  type MnistData,
} from './types.ts';

/** The embedded default's split, stated wherever results are shown. */
export const DEFAULT_SPLIT_SEED = 20151;
export const DEFAULT_TRAIN_COUNT = 8000;
export const DEFAULT_SPLIT =
  `10 000 цифр пакета mnist (перші 10 000 з навчального набору MNIST), ` +
  `перемішані з зерном ${DEFAULT_SPLIT_SEED} (mulberry32, Fisher–Yates): ` +
  `перші 8 000 — навчання, решта 2 000 — тест`;

export const DEFAULT_DESCRIPTOR: DataDescriptor = Object.freeze({
  id: 'default',
  name: 'MNIST, 10 000 цифр (пакет mnist)',
  trainCount: DEFAULT_TRAIN_COUNT,
  testCount: 2000,
  split: DEFAULT_SPLIT,
});

/**
 * Converts the `mnist` package's digits (per label: flat floats in [0, 1], 784 per digit,
 * rounded to 3 decimals) to uint8 and splits them: all digits are ordered by label then by
 * position in the file, permuted with a seeded Fisher–Yates shuffle, and the first 8,000 of
 * the permutation are the training split, the remaining 2,000 the test split.
 */
export function packageDigitsToData(perLabel: readonly ArrayLike<number>[]): MnistData {
  const counts = perLabel.map((floats, label) => {
    if (floats.length % MNIST_PIXELS !== 0) {
      throw new Error(`digits ${label}: ${floats.length} values is not a multiple of 784`);
    }
    return floats.length / MNIST_PIXELS;
  });
  const total = counts.reduce((a, b) => a + b, 0);
  const pixels = new Uint8Array(total * MNIST_PIXELS);
  const labels = new Uint8Array(total);
  let digit = 0;
  perLabel.forEach((floats, label) => {
    for (let i = 0; i < floats.length; i++) {
      const v = Math.round(floats[i]! * 255);
      pixels[digit * MNIST_PIXELS + i] = Math.max(0, Math.min(255, v));
    }
    labels.fill(label, digit, digit + counts[label]!);
    digit += counts[label]!;
  });
  const order = permutation(total, mulberry32(DEFAULT_SPLIT_SEED));
  const trainCount = Math.min(DEFAULT_TRAIN_COUNT, total);
  const pick = (from: number, to: number) => {
    const count = to - from;
    const images = new Uint8Array(count * MNIST_PIXELS);
    const out = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const src = order[from + k]!;
      images.set(pixels.subarray(src * MNIST_PIXELS, (src + 1) * MNIST_PIXELS), k * MNIST_PIXELS);
      out[k] = labels[src]!;
    }
    return { images, labels: out, count };
  };
  const descriptor =
    total === 10000
      ? DEFAULT_DESCRIPTOR
      : { ...DEFAULT_DESCRIPTOR, trainCount, testCount: total - trainCount };
  return {
    descriptor,
    rows: MNIST_ROWS,
    cols: MNIST_COLS,
    train: pick(0, trainCount),
    test: pick(trainCount, total),
  };
}
