import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadProgress, MnistData } from '../../../src/ml/data/types.ts';
import { createSession, type SessionDeps } from '../../../src/ml/session/index.ts';
import { loadDefaultData } from '../defaultData.ts';
import { loadPretrainedFromDisk, testDeps } from './helpers.ts';

let data: MnistData;
beforeAll(async () => {
  await tf.setBackend('cpu');
  data = await loadDefaultData();
});

const firstText = (deps: SessionDeps) => {
  const session = createSession({ deps });
  return session.run('mnist-load').then(() => {
    const cell = session.snapshot().cells['mnist-load'];
    session.dispose();
    const output = cell.outputs[0];
    return output?.kind === 'text' ? output.text : '';
  });
};

describe('the data cell', () => {
  it('says plainly when the embedded fallback stands in for the lecture’s data', async () => {
    const fallback = { ...data, descriptor: { ...data.descriptor, fallback: 'причина' } };
    const text = await firstText(testDeps(fallback, loadPretrainedFromDisk));
    expect(text).toMatch(/^# MNIST, 10 000 цифр \(пакет mnist\): 8000 навчальних і 2000 тестових/);
    expect(text).toMatch(/\n# Увага: причина; використано вбудований запасний набір/);
  });

  it('prints no warning for the full set', async () => {
    const full = { ...data, descriptor: { ...data.descriptor, id: 'full' } };
    expect(await firstText(testDeps(full, loadPretrainedFromDisk))).not.toMatch(/Увага/);
  });

  it('shows the download in the session info while it runs, and clears it after', async () => {
    const deps = testDeps(data, loadPretrainedFromDisk);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const step: LoadProgress = {
      name: 'MNIST',
      bytes: 5,
      totalBytes: 10,
      digits: 0,
      totalDigits: 70000,
    };
    const session = createSession({
      deps: {
        ...deps,
        data: async (onProgress) => {
          onProgress?.(step);
          await gate;
          return data;
        },
      },
    });
    const run = session.run('train-shapes');
    await expect.poll(() => session.snapshot().info.loading).toEqual(step);
    expect(session.snapshot().cells['mnist-load'].state).toBe('running');
    release();
    await run;
    expect(session.snapshot().info.loading).toBeUndefined();
    expect(session.snapshot().cells['train-shapes'].state).toBe('done');
    session.dispose();
  });
});
