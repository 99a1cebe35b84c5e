import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../../src/ml/data/types.ts';
import { PARAM_COUNTS } from '../../../src/ml/models/buildModels.ts';
import {
  type CellOutput,
  createSession,
  type LiveSession,
  type LiveSettings,
} from '../../../src/ml/session/index.ts';
import { createMemoryStore } from '../../../src/ml/session/memoryStore.ts';
import { loadDefaultData } from '../defaultData.ts';
import { busPair, loadPretrainedFromDisk, smallData, testDeps } from './helpers.ts';

const SETTINGS: LiveSettings = { epochs: 1, batchSize: 64, subset: 256, test: true };
let data: MnistData;

beforeAll(async () => {
  await tf.setBackend('cpu');
  data = smallData(await loadDefaultData(), 1200, 64);
});

const texts = (s: LiveSession, id: Parameters<LiveSession['run']>[0]): string[] =>
  s
    .snapshot()
    .cells[id].outputs.filter((o): o is Extract<CellOutput, { kind: 'text' }> => o.kind === 'text')
    .map((o) => o.text);

const waitFor = async (check: () => boolean, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('live session (cpu, small data)', { timeout: 120_000 }, () => {
  it('runs missing prerequisites first and prints like Python', async () => {
    const deps = testDeps(data, loadPretrainedFromDisk);
    const s = createSession({ deps, settings: SETTINGS });
    const seen = new Set<string>();
    s.subscribe((snap) => {
      for (const c of Object.values(snap.cells)) if (c.state === 'running') seen.add(c.id);
    });
    await s.run('dense-argmax');
    const cells = s.snapshot().cells;
    for (const id of [
      'mnist-load',
      'dense-model',
      'dense-compile',
      'dense-prepare',
      'dense-fit',
    ] as const) {
      expect(cells[id].state, id).toBe('done');
      expect(seen.has(id), id).toBe(true);
    }
    expect(cells['dense-argmax'].state).toBe('done');
    expect(cells['train-shapes'].state).toBe('idle');
    expect(deps.calls.train).toBe(1);
    expect(texts(s, 'dense-model')[0]).toContain(`Total params: ${PARAM_COUNTS.dense} (`);
    expect(texts(s, 'dense-prepare')).toEqual(['(256, 784)', "dtype('float32')", '(64, 784)']);
    expect(texts(s, 'dense-fit')[0]).toMatch(
      /^Epoch 1\/1\n4\/4 \[=+\] - \d+s .* - loss: \d\.\d{4} - accuracy: \d\.\d{4}$/,
    );
    const [argmax, prob, label] = texts(s, 'dense-argmax');
    expect(argmax).toMatch(/^\d$/);
    expect(Number(prob)).toBeGreaterThan(0);
    expect(label).toBe(String(data.test.labels[0]));
    const digits = cells['dense-predict'].outputs.find((o) => o.kind === 'digits');
    expect(digits?.kind === 'digits' && digits.probabilities.length).toBe(100);
    if (digits?.kind === 'digits') {
      const sum = digits.probabilities.subarray(0, 10).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 5);
    }
    await s.run('train-shapes');
    expect(texts(s, 'train-shapes')).toEqual([
      '(1200, 28, 28)',
      '1200',
      expect.stringMatching(/^array\(\[\d, \d, \d, \.\.\., \d, \d, \d\], dtype=uint8\)$/),
    ]);
    s.dispose();
  });

  it('uses the pretrained weights without training and never disposes them', async () => {
    const pre = await loadPretrainedFromDisk('convnet');
    const deps = testDeps(data, async () => pre);
    const s = createSession({ deps, settings: SETTINGS });
    expect(s.untrained('convnet-evaluate')).toEqual(['convnet']);
    await s.run('convnet-evaluate', { pretrained: true });
    const cells = s.snapshot().cells;
    expect(cells['convnet-fit'].source).toBe('pretrained');
    expect(deps.calls.train).toBe(0);
    const [bar, line] = texts(s, 'convnet-evaluate');
    expect(bar).toMatch(
      /^2\/2 \[=+\] - \d+s \d+m?s\/step - loss: \d\.\d{4} - accuracy: [01]\.\d{4}$/,
    );
    const acc = Number(line?.replace('test accuracy: ', ''));
    expect(acc).toBeGreaterThan(0.9);
    expect(s.untrained('convnet-evaluate')).toEqual([]);
    s.dispose();
    const probe = tf.tidy(() => (pre.model.predict(tf.zeros([1, 28, 28, 1])) as tf.Tensor).sum());
    expect((await probe.data())[0]).toBeCloseTo(1, 4);
    probe.dispose();
  });

  it('reset and dispose free every tensor', async () => {
    const pre = await loadPretrainedFromDisk('dense');
    const baseline = tf.memory().numTensors;
    const store = createMemoryStore();
    const s = createSession({ deps: testDeps(data, async () => pre, store), settings: SETTINGS });
    await s.run('dense-evaluate');
    await s.run('convnet-summary');
    await s.run('nopool-summary');
    expect(texts(s, 'nopool-summary')[0]).toContain(
      `Total params: ${PARAM_COUNTS.convnetNoPool} (`,
    );
    expect(tf.memory().numTensors).toBeGreaterThan(baseline);
    await s.reset();
    expect(tf.memory().numTensors).toBe(baseline);
    expect(Object.values(s.snapshot().cells).every((c) => c.state === 'idle')).toBe(true);
    expect(store.size()).toBe(0);
    await s.run('dense-evaluate', { pretrained: true });
    s.dispose();
    await new Promise((r) => setTimeout(r, 0));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('persists outputs and trained weights across sessions (reload) until reset', async () => {
    const store = createMemoryStore();
    const first = testDeps(data, loadPretrainedFromDisk, store);
    const a = createSession({ deps: first, settings: SETTINGS });
    await a.run('dense-fit');
    const fitText = texts(a, 'dense-fit');
    const weights = await a.snapshot();
    expect(weights.cells['dense-fit'].state).toBe('done');
    a.dispose();

    const second = testDeps(data, loadPretrainedFromDisk, store);
    const b = createSession({ deps: second, settings: SETTINGS });
    await b.ready;
    expect(b.snapshot().cells['dense-fit'].state).toBe('done');
    expect(texts(b, 'dense-fit')).toEqual(fitText);
    await b.run('dense-evaluate');
    expect(b.snapshot().cells['dense-evaluate'].state).toBe('done');
    expect(second.calls.train).toBe(0);
    // A session with other settings does not see these results.
    const other = createSession({ deps: second, settings: { ...SETTINGS, subset: 128 } });
    await other.ready;
    expect(other.snapshot().cells['dense-fit'].state).toBe('idle');
    other.dispose();
    await b.reset();
    b.dispose();
    const c = createSession({ deps: second, settings: SETTINGS });
    await c.ready;
    expect(c.snapshot().cells['dense-fit'].state).toBe('idle');
    c.dispose();
  });

  it('cancels training: the fit cell and the requested cell go back to idle', async () => {
    const deps = testDeps(data, loadPretrainedFromDisk);
    const s = createSession({ deps, settings: { ...SETTINGS, epochs: 50, subset: 1000 } });
    // A long fit within a generous budget: it trains without asking (fit-budget tests ask).
    const run = s.run('dense-evaluate', { budgetSeconds: 3600 });
    await waitFor(() => s.snapshot().info.training !== undefined);
    s.cancel();
    await run;
    const cells = s.snapshot().cells;
    expect(cells['dense-fit']).toMatchObject({ state: 'idle', status: 'Скасовано' });
    expect(cells['dense-evaluate']).toMatchObject({ state: 'idle', status: 'Скасовано' });
    expect(cells['dense-prepare'].state).toBe('done');
    s.dispose();
  });

  it('cancels between steps: a download that ignores the cancel runs no step after it', async () => {
    const deps = testDeps(data, loadPretrainedFromDisk);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The data download does not listen for the cancel: it ends when it ends.
    const slow = { ...deps, data: () => gate.then(() => deps.data()) };
    const s = createSession({ deps: slow, settings: SETTINGS });
    const run = s.run('dense-prepare');
    await waitFor(() => s.snapshot().cells['mnist-load'].state === 'running');
    s.cancel();
    release();
    await run;
    const cells = s.snapshot().cells;
    expect(cells['mnist-load']).toMatchObject({ state: 'idle', status: 'Скасовано' });
    expect(cells['dense-prepare']).toMatchObject({ state: 'idle', status: 'Скасовано' });
    expect(cells['dense-prepare'].outputs).toEqual([]);
    // Nothing waits: the next run loads again and prepares the data.
    await s.run('dense-prepare');
    expect(s.snapshot().cells['dense-prepare'].state).toBe('done');
    s.dispose();
  });

  it('mirrors another window: the audience asks, the main window computes once', async () => {
    const [mainBus, audienceBus] = busPair();
    const mainDeps = testDeps(data, loadPretrainedFromDisk);
    const audienceDeps = testDeps(data, loadPretrainedFromDisk);
    const main = createSession({ deps: mainDeps, settings: SETTINGS, bus: mainBus });
    await main.run('test-shapes');
    const audience = createSession({
      deps: audienceDeps,
      settings: SETTINGS,
      role: 'audience',
      bus: audienceBus,
    });
    await waitFor(() => audience.snapshot().cells['test-shapes'].state === 'done');
    await audience.run('dense-fit');
    await waitFor(() => audience.snapshot().cells['dense-fit'].state === 'done');
    expect(audience.snapshot().cells['dense-fit'].outputs).toEqual(
      main.snapshot().cells['dense-fit'].outputs,
    );
    expect(audienceDeps.calls).toEqual({ data: 0, train: 0, pretrained: 0 });
    expect(mainDeps.calls.train).toBe(1);
    main.dispose();
    audience.dispose();
  });
});
