// A fit over the time budget: measured first (the in-process trainer's warm-up), then it waits
// for the lecturer's choice — and trains nothing before it.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../../src/ml/data/types.ts';
import type { FitStart } from '../../../src/ml/session/fitPlan.ts';
import {
  type CellOutput,
  createSession,
  type LiveSession,
  type LiveSettings,
  type SessionSnapshot,
} from '../../../src/ml/session/index.ts';
import { loadDefaultData } from '../defaultData.ts';
import { busPair, loadPretrainedFromDisk, smallData, testDeps } from './helpers.ts';

/** 12 batches of 32, 2 epochs: enough for a warm-up and timed batches. */
const SETTINGS: LiveSettings = { epochs: 2, batchSize: 32, subset: 384, test: true };
/** Far below any fit's estimate: every fit asks. */
const TINY = 0.01;
let data: MnistData;

beforeAll(async () => {
  await tf.setBackend('cpu');
  data = smallData(await loadDefaultData(), 1200, 64);
});

const waitFor = async (check: () => boolean, ms = 30_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const fitText = (s: LiveSession): string => {
  const o = s.snapshot().cells['dense-fit'].outputs[0] as Extract<CellOutput, { kind: 'text' }>;
  return o.text.replace(/\u00a0/g, ' ');
};
const choosing = (s: LiveSession): FitStart | undefined => {
  const f = s.snapshot().info.fitStart;
  return f?.phase === 'choosing' ? f : undefined;
};

/** Records every fit phase and whether training ever began before the prompt was answered. */
function watch(s: LiveSession) {
  const phases: string[] = [];
  let trainedWhileAsking = false;
  s.subscribe((snap: SessionSnapshot) => {
    const f = snap.info.fitStart;
    if (f && phases.at(-1) !== f.phase) phases.push(f.phase);
    if (f?.phase === 'choosing' && snap.info.training !== undefined) trainedWhileAsking = true;
  });
  return { phases, trainedWhileAsking: () => trainedWhileAsking };
}

describe('a fit over the time budget (cpu, small data)', { timeout: 120_000 }, () => {
  it('measures, asks, trains nothing until the choice; the short run says what ran', async () => {
    const deps = testDeps(data, loadPretrainedFromDisk);
    const s = createSession({ deps, settings: SETTINGS });
    const seen = watch(s);
    const run = s.run('dense-fit', { budgetSeconds: TINY });
    await waitFor(() => choosing(s) !== undefined);
    const start = choosing(s);
    expect(seen.phases).toEqual(['starting', 'measuring', 'choosing']);
    expect(start).toMatchObject({ kind: 'dense', cell: 'dense-fit', trainCount: 384, epochs: 2 });
    const estimate = start?.estimate;
    expect(estimate?.backend).toBe('cpu');
    expect(estimate?.samplesPerSecond).toBeGreaterThan(0);
    // At least one untimed batch before the timed ones (12 batches in all at most).
    expect(estimate?.msPerBatch.length).toBeGreaterThanOrEqual(1);
    expect(estimate?.msPerBatch.length).toBeLessThanOrEqual(11);
    expect(estimate?.budgetSeconds).toBe(TINY);
    expect(estimate?.full).toMatchObject({ digits: 384, epochs: 2 });
    // The shortest faithful run: one epoch of the minimum 10 batches.
    expect(estimate?.short).toMatchObject({ digits: 320, epochs: 1 });
    // Nothing trains while the prompt waits.
    await new Promise((r) => setTimeout(r, 300));
    expect(s.snapshot().info.training).toBeUndefined();
    expect(s.snapshot().cells['dense-fit'].state).toBe('running');
    s.choose('short', start?.id);
    await run;
    expect(seen.trainedWhileAsking()).toBe(false);
    const cell = s.snapshot().cells['dense-fit'];
    expect(cell.state).toBe('done');
    expect(cell.trained).toMatchObject({ epochs: 1, samples: 320 });
    expect(fitText(s)).toMatch(
      /^# Скорочений запуск: перші 320 з 384 цифр, 1 епоха \(≈ \d+ с на cpu; повний ≈ \d+ (с|хв)\)\nEpoch 1\/1\n10\/10 \[=+\] - /,
    );
    expect(s.snapshot().info.fitStart).toBeUndefined();
    expect(deps.calls.train).toBe(1);
    s.dispose();
  });

  it('the full choice trains everything and says so; a stale prompt id does nothing', async () => {
    const s = createSession({ deps: testDeps(data, loadPretrainedFromDisk), settings: SETTINGS });
    const run = s.run('dense-fit', { budgetSeconds: TINY });
    await waitFor(() => choosing(s) !== undefined);
    const id = choosing(s)?.id ?? 0;
    s.choose('short', id + 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(choosing(s)?.id).toBe(id);
    s.choose('full', id);
    await run;
    expect(s.snapshot().cells['dense-fit'].trained).toMatchObject({ epochs: 2, samples: 384 });
    expect(fitText(s)).toMatch(
      /^# Повний запуск: 384 цифр, 2 епохи \(≈ \d+ (с|хв) на cpu; бюджет 1 с\)\nEpoch 1\/2\n12\/12 /,
    );
    s.dispose();
  });

  it('cancel at the prompt trains nothing and leaves no tensors; reset clears the prompt', async () => {
    await tf.ready();
    const baseline = tf.memory().numTensors;
    const s = createSession({ deps: testDeps(data, loadPretrainedFromDisk), settings: SETTINGS });
    const run = s.run('dense-fit', { budgetSeconds: TINY });
    await waitFor(() => choosing(s) !== undefined);
    s.cancel();
    await run;
    const cell = s.snapshot().cells['dense-fit'];
    expect(cell).toMatchObject({ state: 'idle', status: 'Скасовано', outputs: [] });
    expect(s.snapshot().info.fitStart).toBeUndefined();
    expect(s.snapshot().info.training).toBeUndefined();

    const again = s.run('dense-fit', { budgetSeconds: TINY });
    await waitFor(() => choosing(s) !== undefined);
    await s.reset();
    await again;
    expect(s.snapshot().info.fitStart).toBeUndefined();
    expect(s.snapshot().cells['dense-fit'].state).toBe('idle');
    s.dispose();
    await new Promise((r) => setTimeout(r, 0));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('within the budget it trains at once, with the estimate as the first time left', async () => {
    const s = createSession({ deps: testDeps(data, loadPretrainedFromDisk), settings: SETTINGS });
    const seen = watch(s);
    let estimate: number | undefined;
    s.subscribe((snap) => {
      estimate ??= snap.info.training?.estimateSeconds;
    });
    await s.run('dense-fit', { budgetSeconds: 3600 });
    expect(seen.phases).toEqual(['starting', 'measuring']);
    expect(estimate).toBeGreaterThan(0);
    expect(fitText(s)).toMatch(/^Epoch 1\/2\n/);
    s.dispose();
  });

  it("the URL's budget wins over the presenter's", async () => {
    const s = createSession({
      deps: testDeps(data, loadPretrainedFromDisk),
      settings: { ...SETTINGS, budgetSeconds: TINY },
    });
    const run = s.run('dense-fit', { budgetSeconds: 3600 });
    await waitFor(() => choosing(s) !== undefined);
    expect(choosing(s)?.estimate?.budgetSeconds).toBe(TINY);
    s.cancel();
    await run;
    s.dispose();
  });

  it('a run that fails at the prompt leaves no prompt behind, and a late choice resumes nothing', async () => {
    const deps = testDeps(data, loadPretrainedFromDisk);
    let failAtPrompt: (error: Error) => void = () => {};
    const s = createSession({
      deps: {
        ...deps,
        // The Worker dies while the lecturer decides: its promise rejects, the prompt is open.
        train: (request, callbacks) =>
          new Promise((resolve, reject) => {
            failAtPrompt = reject;
            deps.train(request, callbacks).then(resolve, reject);
          }),
      },
      settings: SETTINGS,
    });
    const run = s.run('dense-fit', { budgetSeconds: TINY });
    await waitFor(() => choosing(s) !== undefined);
    failAtPrompt(new Error('training worker failed'));
    await run;
    expect(s.snapshot().cells['dense-fit'].state).toBe('error');
    expect(s.snapshot().info.fitStart).toBeUndefined();
    s.choose('short');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.snapshot().info.training).toBeUndefined();
    expect(s.snapshot().info.fitStart).toBeUndefined();
    s.dispose();
  });

  it('the audience window sees the prompt and its choice runs once, in the main window', async () => {
    const [mainBus, audienceBus] = busPair();
    const mainDeps = testDeps(data, loadPretrainedFromDisk);
    const audienceDeps = testDeps(data, loadPretrainedFromDisk);
    const main = createSession({ deps: mainDeps, settings: SETTINGS, bus: mainBus });
    const audience = createSession({
      deps: audienceDeps,
      settings: SETTINGS,
      role: 'audience',
      bus: audienceBus,
    });
    await audience.run('dense-fit', { budgetSeconds: TINY });
    await waitFor(() => choosing(audience) !== undefined);
    expect(choosing(audience)?.id).toBe(choosing(main)?.id);
    // Between the choice and the first batch the main window reports a fit with no batch
    // done yet (batch -1): the audience must take that message too, not drop it.
    let started = false;
    audience.subscribe((snap) => {
      if (snap.info.training?.batch === -1) started = true;
    });
    audience.choose('short');
    await waitFor(() => audience.snapshot().cells['dense-fit'].state === 'done');
    expect(started).toBe(true);
    expect(main.snapshot().cells['dense-fit'].trained?.samples).toBe(320);
    expect(audience.snapshot().cells['dense-fit'].outputs).toEqual(
      main.snapshot().cells['dense-fit'].outputs,
    );
    expect(audienceDeps.calls).toEqual({ data: 0, train: 0, pretrained: 0 });
    expect(mainDeps.calls.train).toBe(1);
    main.dispose();
    audience.dispose();
  });
});
