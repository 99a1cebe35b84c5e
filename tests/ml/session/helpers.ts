import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { MnistData, MnistSplit } from '../../../src/ml/data/types.ts';
import { compileLikeLecture } from '../../../src/ml/models/compile.ts';
import type { TrainingInfo } from '../../../src/ml/models/modelFiles.ts';
import type { SessionDeps, TrainedKind } from '../../../src/ml/session/index.ts';
import { createInProcessTrainer } from '../../../src/ml/session/inProcessTrainer.ts';
import type { WidgetBus } from '../../../src/model/index.ts';

const cut = (split: MnistSplit, count: number): MnistSplit => ({
  images: split.images.slice(0, count * 784),
  labels: split.labels.slice(0, count),
  count,
});

/** The default data cut to `train` / `test` digits (fast cpu tests). */
export function smallData(data: MnistData, train: number, test: number): MnistData {
  return {
    ...data,
    descriptor: { ...data.descriptor, trainCount: train, testCount: test },
    train: cut(data.train, train),
    test: cut(data.test, test),
  };
}

/** The committed pretrained model, read from public/models like the app serves it. */
export async function loadPretrainedFromDisk(
  kind: TrainedKind,
): Promise<{ model: tf.LayersModel; info: TrainingInfo | undefined }> {
  const dir = join('public', 'models', kind);
  const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  const bin = readFileSync(join(dir, 'weights.bin'));
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    }),
  );
  compileLikeLecture(model);
  return { model, info: json.userDefinedMetadata?.training };
}

export interface CountingDeps extends SessionDeps {
  readonly calls: { data: number; train: number; pretrained: number };
}

export function testDeps(
  data: MnistData,
  pretrained: (
    kind: TrainedKind,
  ) => Promise<{ model: tf.LayersModel; info: TrainingInfo | undefined }>,
  store?: SessionDeps['store'],
): CountingDeps {
  const calls = { data: 0, train: 0, pretrained: 0 };
  const trainer = createInProcessTrainer(async () => data);
  return {
    calls,
    backend: async () => ({ name: tf.getBackend() }),
    data: async () => {
      calls.data += 1;
      return data;
    },
    pretrained: (kind) => {
      calls.pretrained += 1;
      return pretrained(kind);
    },
    train: (request, callbacks) => {
      calls.train += 1;
      return trainer(request, callbacks);
    },
    ...(store ? { store } : {}),
  };
}

/** Two connected buses, like two windows on one BroadcastChannel (no echo, cloned data). */
export function busPair(): [WidgetBus, WidgetBus] {
  const make = (peer: () => Map<string, Set<(d: unknown) => void>>) => {
    const own = new Map<string, Set<(d: unknown) => void>>();
    const bus: WidgetBus = {
      post(topic, data) {
        const copy = structuredClone(data);
        setTimeout(() => {
          for (const l of peer().get(topic) ?? []) l(copy);
        }, 0);
      },
      on(topic, listener) {
        const set = own.get(topic) ?? new Set();
        set.add(listener);
        own.set(topic, set);
        return () => set.delete(listener);
      },
    };
    return { bus, own };
  };
  let a: ReturnType<typeof make> | undefined;
  let b: ReturnType<typeof make> | undefined;
  a = make(() => b?.own ?? new Map());
  b = make(() => a?.own ?? new Map());
  return [a.bus, b.bus];
}
