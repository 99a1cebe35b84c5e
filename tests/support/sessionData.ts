// What the live-session tests run on: tfjs on cpu, the committed MNIST asset cut small.
import * as tf from '@tensorflow/tfjs';
import { beforeAll } from 'vitest';
import type { MnistData } from '../../src/ml/data/types.ts';
import type { LiveSettings } from '../../src/ml/session/index.ts';
import { loadDefaultData } from '../ml/defaultData.ts';
import { smallData } from '../ml/session/helpers.ts';

/** The session tests' settings: the test switch, 256 training digits, one epoch. */
export const TEST_SETTINGS: LiveSettings = { epochs: 1, batchSize: 64, subset: 256, test: true };

/**
 * Before the file's (or `describe` block's) tests: the cpu backend, and the default data cut
 * to `train` / `test` digits. Returns the data's getter (it throws when called before).
 */
export function useSmallData(train: number, test: number): () => MnistData {
  let data: MnistData | undefined;
  beforeAll(async () => {
    await tf.setBackend('cpu');
    data = smallData(await loadDefaultData(), train, test);
  });
  return () => {
    if (data === undefined) throw new Error('the data load in beforeAll: use them in tests');
    return data;
  };
}
