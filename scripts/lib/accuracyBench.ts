import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMnistAsset } from '../../src/ml/data/loadAsset.ts';
import type { MnistData, MnistSplit } from '../../src/ml/data/types.ts';
import { buildModel, INPUT_LAYOUT, type ModelKind } from '../../src/ml/models/buildModels.ts';
import { disposeModel } from '../../src/ml/models/kerasRmsprop.ts';
import { evaluate } from '../../src/ml/train/evaluate.ts';
import { fitModel } from '../../src/ml/train/fit.ts';
import { splitToTensors } from '../../src/ml/train/tensors.ts';

export interface AccuracyRow {
  readonly model: ModelKind;
  readonly epochs: number;
  readonly trainCount: number;
  readonly testName: string;
  readonly testCount: number;
  readonly trainLoss: number;
  readonly trainAccuracy: number;
  readonly testLoss: number;
  readonly testAccuracy: number;
  readonly seconds: number;
}

/** The committed default asset, read from public/ as the app fetches it. */
export function loadDefaultFromDisk(): Promise<MnistData> {
  return loadMnistAsset(
    '/data/mnist-default.json',
    async (url) => new Response(readFileSync(join('public', url))),
  );
}

/** The lecture's recipe: fit(epochs, batch_size=128), then evaluate on `test`. */
export async function trainAndEvaluate(
  kind: ModelKind,
  train: MnistSplit,
  test: { readonly split: MnistSplit; readonly name: string },
  epochs: number,
  seed = 1,
  log: (line: string) => void = () => {},
): Promise<AccuracyRow> {
  const start = performance.now();
  const model = buildModel(kind, { seed });
  const trainT = splitToTensors(train, INPUT_LAYOUT[kind]);
  const testT = splitToTensors(test.split, INPUT_LAYOUT[kind]);
  try {
    const history = await fitModel(model, trainT, {
      epochs,
      batchSize: 128,
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
      trainCount: train.count,
      testName: test.name,
      testCount: result.count,
      trainLoss: history.loss.at(-1) ?? Number.NaN,
      trainAccuracy: history.accuracy.at(-1) ?? Number.NaN,
      testLoss: result.loss,
      testAccuracy: result.accuracy,
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    trainT.dispose();
    testT.dispose();
    disposeModel(model);
  }
}
