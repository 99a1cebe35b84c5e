import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import type { MnistData, MnistSplit } from '../../src/ml/data/types.ts';
import { buildModel, INPUT_LAYOUT, type ModelKind } from '../../src/ml/models/buildModels.ts';
import { disposeModel } from '../../src/ml/models/kerasRmsprop.ts';
import { evaluate } from '../../src/ml/train/evaluate.ts';
import { fitModel } from '../../src/ml/train/fit.ts';
import { splitToTensors } from '../../src/ml/train/tensors.ts';

/**
 * The lecture's recipe: `model.fit(train_images, train_labels, epochs=5, batch_size=128)`, and
 * the seeds (initial weights and shuffles) of the pretrained models in public/models.
 */
export const LECTURE_RECIPE = Object.freeze({
  epochs: 5,
  batchSize: 128,
  seeds: Object.freeze({ dense: 2, convnet: 1, convnetNoPool: 1 }) as Readonly<
    Record<ModelKind, number>
  >,
});

/** Test accuracy the slides report (Keras, full 60,000 training digits, 10,000 test digits). */
export const LECTURE_TEST_ACCURACY: Readonly<Partial<Record<ModelKind, number>>> = Object.freeze({
  dense: 0.9817,
  convnet: 0.9911,
});

export interface AccuracyRow {
  readonly model: ModelKind;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
  readonly trainCount: number;
  readonly testName: string;
  readonly testCount: number;
  readonly trainLoss: number;
  readonly trainAccuracy: number;
  readonly testLoss: number;
  readonly testAccuracy: number;
  /** What the slides report for the same model (undefined when they report none). */
  readonly lectureAccuracy: number | undefined;
  readonly seconds: number;
}

/** The committed default asset, read from public/ as the app fetches it. */
export function loadDefaultFromDisk(): Promise<MnistData> {
  return loadMnistAsset(
    '/data/mnist-default.json',
    async (url) => new Response(readFileSync(join('public', url))),
  );
}

/** The first `count` digits of a split (views, no copy); the whole split when count is larger. */
export function firstDigits(split: MnistSplit, count: number): MnistSplit {
  if (count >= split.count) return split;
  const pixels = split.images.length / split.count;
  return {
    images: split.images.subarray(0, count * pixels),
    labels: split.labels.subarray(0, count),
    count,
  };
}

/** The lecture's recipe: fit(epochs, batch_size=128), then evaluate on `test`. */
export async function trainAndEvaluate(
  kind: ModelKind,
  train: MnistSplit,
  test: { readonly split: MnistSplit; readonly name: string },
  epochs: number = LECTURE_RECIPE.epochs,
  seed: number = LECTURE_RECIPE.seeds[kind],
  log: (line: string) => void = () => {},
): Promise<AccuracyRow> {
  const start = performance.now();
  const { batchSize } = LECTURE_RECIPE;
  const model = buildModel(kind, { seed });
  const trainT = splitToTensors(train, INPUT_LAYOUT[kind]);
  const testT = splitToTensors(test.split, INPUT_LAYOUT[kind]);
  try {
    const history = await fitModel(model, trainT, {
      epochs,
      batchSize,
      seed,
      onEpoch: (e) =>
        log(
          `  ${kind} epoch ${e.epoch + 1}/${e.epochs}: loss ${e.loss.toFixed(4)} acc ${e.accuracy.toFixed(4)} (${e.seconds.toFixed(1)} s)`,
        ),
    });
    const result = await evaluate(model, testT, { batchSize: 256 });
    return {
      model: kind,
      epochs,
      batchSize,
      seed,
      trainCount: train.count,
      testName: test.name,
      testCount: result.count,
      trainLoss: history.loss.at(-1) ?? Number.NaN,
      trainAccuracy: history.accuracy.at(-1) ?? Number.NaN,
      testLoss: result.loss,
      testAccuracy: result.accuracy,
      lectureAccuracy: LECTURE_TEST_ACCURACY[kind],
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    trainT.dispose();
    testT.dispose();
    disposeModel(model);
  }
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(x * 100).toFixed(2)} %`);

/** The accuracy table: ours beside the slides' number, with what each row was trained on. */
export function accuracyTable(rows: readonly AccuracyRow[]): string[] {
  const first = rows[0];
  if (!first) return [];
  const lines = [
    `test accuracy, the lecture's recipe (RMSprop, ${first.epochs} epochs, batch ${first.batchSize}), ` +
      `train ${first.trainCount} digits, test ${first.testCount} ${first.testName}`,
    `${'model'.padEnd(10)}${'ours'.padStart(9)}${'slides'.padStart(10)}${'diff'.padStart(9)}  test loss  train acc   time`,
  ];
  for (const r of rows) {
    const diff =
      r.lectureAccuracy === undefined
        ? '—'
        : `${((r.testAccuracy - r.lectureAccuracy) * 100).toFixed(2)}`;
    lines.push(
      `${r.model.padEnd(10)}${pct(r.testAccuracy).padStart(9)}${pct(r.lectureAccuracy).padStart(10)}` +
        `${diff.padStart(9)}  ${r.testLoss.toFixed(4).padStart(9)}  ${pct(r.trainAccuracy).padStart(9)}` +
        `  ${r.seconds.toFixed(0).padStart(4)} s`,
    );
  }
  if (rows.some((r) => r.trainCount < 60000 || r.epochs !== LECTURE_RECIPE.epochs)) {
    lines.push('(a reduced run: the slides trained on all 60,000 digits for 5 epochs)');
  }
  return lines;
}
