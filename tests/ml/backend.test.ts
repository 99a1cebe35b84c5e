import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmPaths } from '../../scripts/lib/nodeWasmPaths.ts';
import { chooseBackend, isSoftwareRenderer } from '../../src/ml/backend.ts';
import { mulberry32 } from '../../src/ml/data/random.ts';
import { buildModel } from '../../src/ml/models/buildModels.ts';
import { disposeModel } from '../../src/ml/models/kerasRmsprop.ts';
import { fitModel } from '../../src/ml/train/fit.ts';
import { splitToTensors } from '../../src/ml/train/tensors.ts';
import { loadDefaultData } from './defaultData.ts';

describe('backend choice in Node', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const choice = await chooseBackend({ wasmPaths: nodeWasmPaths() });
    // no WebGL in Node: wasm is next, with the reason webgl was skipped
    expect(choice.name).toBe('wasm');
    expect(choice.detail).toMatch(/WebGL2 недоступний/);
    expect(tf.getBackend()).toBe('wasm');
  });

  it('recognises software renderers', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))')).toBe(
      true,
    );
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11)')).toBe(false);
  });

  it('trains the convnet on wasm (no stock Conv2DBackpropFilter there) without leaks', async () => {
    const data = await loadDefaultData();
    const baseline = tf.memory().numTensors;
    const model = buildModel('convnet', { seed: 2 });
    const train = splitToTensors(data.train, 'image', 512);
    const history = await fitModel(model, train, { epochs: 2, batchSize: 64, seed: 1 });
    expect(history.loss[1]!).toBeLessThan(history.loss[0]!);
    expect(Number.isFinite(history.loss[1]!)).toBe(true);
    train.dispose();
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('trains reproducibly with a fixed seed (as npm run train:models relies on)', async () => {
    const data = await loadDefaultData();
    const run = async () => {
      const model = buildModel('convnet', { seed: 3 });
      const train = splitToTensors(data.train, 'image', 256);
      await fitModel(model, train, { epochs: 1, batchSize: 64, seed: 3 });
      const kernel = Array.from(model.getWeights()[0]!.dataSync());
      train.dispose();
      disposeModel(model);
      return kernel;
    };
    const first = await run();
    expect(await run()).toEqual(first);
  });

  it('computes the same gradients on wasm as the stock cpu kernels', async () => {
    const random = mulberry32(9);
    const values = (n: number) => Float32Array.from({ length: n }, () => random() - 0.5);
    const x = values(2 * 12 * 12 * 3);
    const w = values(3 * 3 * 3 * 4);
    const grads = () =>
      tf.tidy(() => {
        const f = (a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(
            tf.maxPool(
              tf.relu(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'valid')),
              2,
              2,
              'valid',
            ),
          );
        return tf
          .grads(f)([tf.tensor(x, [2, 12, 12, 3]), tf.tensor(w, [3, 3, 3, 4])])
          .map((t) => Array.from(t.dataSync()));
      });
    const onWasm = grads();
    await tf.setBackend('cpu');
    const onCpu = grads();
    await tf.setBackend('wasm');
    for (const k of [0, 1]) {
      const diff = Math.max(...onWasm[k]!.map((v, i) => Math.abs(v - onCpu[k]![i]!)));
      expect(diff).toBeLessThan(1e-4);
    }
  });
});
