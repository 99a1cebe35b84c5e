import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../../src/ml/data/types.ts';
import { continuationNote, fittedWeights } from '../../../src/ml/session/fitted.ts';
import {
  type CellOutput,
  createSession,
  type LiveSession,
  type LiveSettings,
  type TrainJob,
} from '../../../src/ml/session/index.ts';
import { createMemoryStore } from '../../../src/ml/session/memoryStore.ts';
import type { WeightArray } from '../../../src/ml/train/weightArrays.ts';
import { loadDefaultData } from '../defaultData.ts';
import { loadPretrainedFromDisk, smallData, testDeps } from './helpers.ts';

const SETTINGS: LiveSettings = { epochs: 1, batchSize: 64, subset: 256, test: true };
let data: MnistData;

beforeAll(async () => {
  await tf.setBackend('cpu');
  data = smallData(await loadDefaultData(), 600, 64);
});

/** testDeps that also remember every train request and the first loss of each run. */
function recordingDeps(store?: ReturnType<typeof createMemoryStore>) {
  const deps = testDeps(data, loadPretrainedFromDisk, store);
  const requests: TrainJob[] = [];
  const firstLoss: number[] = [];
  return {
    deps: {
      ...deps,
      train: (request: TrainJob, callbacks: Parameters<typeof deps.train>[1]) => {
        requests.push(request);
        let first = true;
        return deps.train(request, {
          ...callbacks,
          onBatch: (logs) => {
            if (first) firstLoss.push(logs.loss);
            first = false;
            callbacks.onBatch(logs);
          },
        });
      },
    },
    calls: deps.calls,
    requests,
    firstLoss,
  };
}

const fitText = (s: LiveSession): string => {
  const out = s.snapshot().cells['dense-fit'].outputs[0] as Extract<CellOutput, { kind: 'text' }>;
  return out.text;
};

/** The session model's weights now, as plain arrays (through the copy other widgets get). */
async function sessionWeights(s: LiveSession): Promise<Float32Array[]> {
  const copy = await s.copyFittedModel('dense');
  if (copy === undefined) throw new Error('no fitted model');
  const values = await Promise.all(copy.model.getWeights().map((w) => w.data()));
  copy.dispose();
  return values.map((v) => Float32Array.from(v));
}

/** What a session leaves in its store after `fits` runs of dense-fit (a reload follows). */
async function storeAfterFits(fits: number) {
  const store = createMemoryStore();
  const session = createSession({ deps: recordingDeps(store).deps, settings: SETTINGS });
  for (let i = 0; i < fits; i += 1) await session.run('dense-fit');
  const last = await sessionWeights(session);
  session.dispose();
  return { store, last };
}

const valuesOf = (weights: readonly WeightArray[] | undefined) => weights?.map((w) => w.values);

describe('a second fit continues training (cpu, small data)', { timeout: 120_000 }, () => {
  it('starts from the current weights; the model cell starts over', async () => {
    const baseline = tf.memory().numTensors;
    const r = recordingDeps();
    const s = createSession({ deps: r.deps, settings: SETTINGS });
    await s.run('dense-fit');
    expect(r.requests[0]?.initialWeights).toBeUndefined();
    expect(fitText(s)).toMatch(/^Epoch 1\/1\n/);
    const afterFirst = await sessionWeights(s);

    await s.run('dense-fit');
    expect(valuesOf(r.requests[1]?.initialWeights)).toEqual(afterFirst);
    expect(r.requests[1]?.initialWeights?.map((w) => w.shape)).toEqual([
      [784, 512],
      [512],
      [512, 10],
      [10],
    ]);
    // Keras numbers the epochs from 1 again; the loss goes on from where it was.
    expect(fitText(s)).toMatch(
      /^# Продовжено навчання з поточних ваг \(друге виконання fit\)\nEpoch 1\/1\n/,
    );
    expect(r.firstLoss[1]).toBeLessThan(r.firstLoss[0] ?? 0);
    expect(s.snapshot().cells['dense-fit'].trained).toMatchObject({
      epochs: 2,
      fits: 2,
      samples: 256,
      base: 'seed',
    });

    // compile (or the data) again: Keras keeps the weights, so fit continues.
    await s.run('dense-compile');
    expect(s.snapshot().cells['dense-fit'].state).toBe('idle');
    expect(fittedWeights(s.snapshot(), 'dense')?.fits).toBe(2);
    await s.run('dense-fit');
    expect(r.requests[2]?.initialWeights).toBeDefined();
    expect(fitText(s).split('\n')[0]).toBe(continuationNote(3));

    // A new model (fresh weights from the seed): the next fit starts over.
    await s.run('dense-model');
    const fit = s.snapshot().cells['dense-fit'];
    expect(fit.state).toBe('idle');
    expect(fit.source).toBeUndefined();
    expect(fittedWeights(s.snapshot(), 'dense')).toBeUndefined();
    expect(await s.copyFittedModel('dense')).toBeUndefined();
    await s.run('dense-fit');
    expect(r.requests[3]?.initialWeights).toBeUndefined();
    expect(fitText(s)).toMatch(/^Epoch 1\/1\n/);
    expect(s.snapshot().cells['dense-fit'].trained).toMatchObject({ epochs: 1, fits: 1 });
    s.dispose();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('continues from the pretrained copy', async () => {
    const r = recordingDeps();
    const s = createSession({ deps: r.deps, settings: SETTINGS });
    await s.run('dense-fit', { pretrained: true });
    const pre = await loadPretrainedFromDisk('dense');
    const preWeights = await Promise.all(pre.model.getWeights().map((w) => w.data()));
    pre.model.dispose();
    await s.run('dense-fit');
    expect(valuesOf(r.requests[0]?.initialWeights)).toEqual(
      preWeights.map((v) => Float32Array.from(v)),
    );
    expect(r.firstLoss[0]).toBeLessThan(0.6);
    expect(s.snapshot().cells['dense-fit'].trained).toMatchObject({ base: 'pretrained', fits: 2 });
    s.dispose();
  });

  it('replay after a reload restores the last stored weights and never retrains', async () => {
    const { store, last } = await storeAfterFits(2);
    const b = recordingDeps(store);
    const second = createSession({ deps: b.deps, settings: SETTINGS });
    await second.ready;
    // Before any cell runs, other widgets get the stored weights.
    expect(await sessionWeights(second)).toEqual(last);
    await second.run('dense-evaluate');
    expect(b.calls.train).toBe(0);
    expect(await sessionWeights(second)).toEqual(last);
    // Running fit again continues from them (not from the seed the model cell's replay built).
    await second.run('dense-fit');
    expect(valuesOf(b.requests[0]?.initialWeights)).toEqual(last);
    expect(fitText(second).split('\n')[0]).toBe(continuationNote(3));
    second.dispose();
  });

  it('fails a replay whose weights are gone instead of training again', async () => {
    const { store } = await storeAfterFits(1);
    const emptied = { ...store, loadModel: async () => undefined };
    const b = recordingDeps(emptied as typeof store);
    const second = createSession({ deps: b.deps, settings: SETTINGS });
    await second.run('dense-evaluate');
    expect(b.calls.train).toBe(0);
    expect(second.snapshot().cells['dense-evaluate'].state).toBe('error');
    second.dispose();
  });
});
