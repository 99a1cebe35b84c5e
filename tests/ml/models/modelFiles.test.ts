import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESCRIPTOR } from '../../../src/ml/data/packageDigits.ts';
import { buildModel } from '../../../src/ml/models/buildModels.ts';
import { disposeModel } from '../../../src/ml/models/kerasRmsprop.ts';
import {
  loadPretrained,
  type ModelFiles,
  modelToFiles,
} from '../../../src/ml/models/modelFiles.ts';

const served = new Map<string, Uint8Array | string>();
let server: Server;
let base = '';

beforeAll(async () => {
  await tf.setBackend('cpu');
  server = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    res.statusCode = body === undefined ? 404 : 200;
    res.end(body ?? 'missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const serve = (dir: string, files: ModelFiles) => {
  served.set(`/${dir}/model.json`, files.json);
  served.set(`/${dir}/${files.weightsName}`, files.weights);
};

describe('model files', () => {
  it('round-trip a model with its Keras names, weights and training info', async () => {
    const model = buildModel('convnet', { seed: 4 });
    const info = {
      kind: 'convnet' as const,
      data: DEFAULT_DESCRIPTOR,
      epochs: 0,
      batchSize: 128,
      seed: 4,
      trainAccuracy: 0,
      testAccuracy: 0,
      backend: 'cpu',
    };
    serve('m', await modelToFiles(model, info));
    const loaded = await loadPretrained(`${base}/m/model.json`);
    expect(loaded.model.layers.map((l) => l.name)).toEqual(model.layers.map((l) => l.name));
    expect(loaded.info).toEqual(info);
    const x = tf.randomUniform([2, 28, 28, 1]);
    const a = (model.predict(x) as tf.Tensor).dataSync();
    const b = (loaded.model.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(b)).toEqual(Array.from(a));
    disposeModel(model);
    disposeModel(loaded.model);
  });

  it('the committed pretrained models load, trained on the lecture’s 60,000 digits', async () => {
    for (const kind of ['dense', 'convnet'] as const) {
      const dir = join('public', 'models', kind);
      served.set(`/p/${kind}/model.json`, readFileSync(join(dir, 'model.json'), 'utf8'));
      served.set(`/p/${kind}/weights.bin`, new Uint8Array(readFileSync(join(dir, 'weights.bin'))));
      const { model, info } = await loadPretrained(`${base}/p/${kind}/model.json`);
      expect(model.countParams()).toBe(kind === 'dense' ? 407050 : 104202);
      // Trained the lecture's way on the full set (npm run train:models), scored on t10k.
      expect([info?.data.id, info?.data.trainCount, info?.epochs]).toEqual(['full', 60000, 5]);
      expect(info?.testAccuracy).toBeGreaterThanOrEqual(kind === 'dense' ? 0.98 : 0.99);
      disposeModel(model);
    }
  });
});
