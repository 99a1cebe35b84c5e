import { readIdxPair } from './idx.ts';
import type { MnistData } from './types.ts';

export interface IdxFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The four standard files (gzip or raw) of the full MNIST set. */
export interface IdxFiles {
  readonly trainImages: IdxFile;
  readonly trainLabels: IdxFile;
  readonly testImages: IdxFile;
  readonly testLabels: IdxFile;
}

/** The standard file names (the `.gz` versions are what the mirrors serve). */
export const IDX_FILE_NAMES = Object.freeze({
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
});

/** Builds the app's data from the full MNIST IDX files (the standard 60,000/10,000 split). */
export async function idxFilesToData(files: IdxFiles): Promise<MnistData> {
  const train = await readIdxPair(files.trainImages, files.trainLabels);
  const test = await readIdxPair(files.testImages, files.testLabels);
  if (train.rows !== test.rows || train.cols !== test.cols) {
    throw new Error(
      `image size differs: train ${train.rows}×${train.cols}, test ${test.rows}×${test.cols}`,
    );
  }
  return {
    descriptor: {
      id: 'full',
      name: `MNIST, ${train.count} + ${test.count} цифр (IDX)`,
      trainCount: train.count,
      testCount: test.count,
      split: 'стандартний поділ MNIST: навчальний набір (train-*) і тестовий (t10k-*)',
    },
    rows: train.rows,
    cols: train.cols,
    train: { images: train.images, labels: train.labels, count: train.count },
    test: { images: test.images, labels: test.labels, count: test.count },
  };
}
