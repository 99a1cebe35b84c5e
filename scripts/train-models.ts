// npm run train:models [-- --epochs N] [--seed S] [--only dense|convnet]
//   Trains the lecture's dense model and convnet on the embedded default data (Node, wasm) and
//   writes public/models/<kind>/model.json + weights.bin, which the app serves.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseBackend } from '../src/ml/backend.ts';
import { buildModel, INPUT_LAYOUT, type ModelKind } from '../src/ml/models/buildModels.ts';
import { disposeModel } from '../src/ml/models/kerasRmsprop.ts';
import { modelToFiles } from '../src/ml/models/modelFiles.ts';
import { evaluate } from '../src/ml/train/evaluate.ts';
import { fitModel } from '../src/ml/train/fit.ts';
import { splitToTensors } from '../src/ml/train/tensors.ts';
import { loadDefaultFromDisk } from './lib/accuracyBench.ts';
import { nodeWasmPaths } from './lib/nodeWasmPaths.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const epochs = Number(option('--epochs', '5'));
const seed = Number(option('--seed', '1'));
const only = option('--only', '');
const kinds: ModelKind[] = only ? [only as ModelKind] : ['dense', 'convnet'];

const choice = await chooseBackend({ prefer: ['wasm'], wasmPaths: nodeWasmPaths() });
const data = await loadDefaultFromDisk();
for (const kind of kinds) {
  const model = buildModel(kind, { seed });
  const train = splitToTensors(data.train, INPUT_LAYOUT[kind]);
  const test = splitToTensors(data.test, INPUT_LAYOUT[kind]);
  const history = await fitModel(model, train, {
    epochs,
    batchSize: 128,
    seed,
    onEpoch: (e) =>
      console.log(
        `${kind} ${e.epoch + 1}/${e.epochs}: loss ${e.loss.toFixed(4)} accuracy ${e.accuracy.toFixed(4)} (${e.seconds.toFixed(1)} s)`,
      ),
  });
  const result = await evaluate(model, test, { batchSize: 256 });
  const files = await modelToFiles(model, {
    kind,
    data: data.descriptor,
    epochs,
    batchSize: 128,
    seed,
    trainAccuracy: history.accuracy.at(-1) ?? Number.NaN,
    testAccuracy: result.accuracy,
    backend: choice.name,
  });
  const dir = join('public', 'models', kind);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.json'), files.json);
  writeFileSync(join(dir, files.weightsName), files.weights);
  console.log(
    `${dir}: test accuracy ${(result.accuracy * 100).toFixed(2)} % on ${result.count} digits, ${files.weights.length} bytes of weights`,
  );
  train.dispose();
  test.dispose();
  disposeModel(model);
}
