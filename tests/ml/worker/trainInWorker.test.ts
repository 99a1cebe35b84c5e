import { describe, expect, it } from 'vitest';
import { trainInWorker } from '../../../src/ml/worker/trainInWorker.ts';

/** A Worker stand-in: records what the page posts, lets the test answer. */
function fakeWorker() {
  const posted: unknown[] = [];
  let terminated = false;
  const worker = {
    onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
    postMessage(message: unknown) {
      posted.push(message);
    },
    terminate() {
      terminated = true;
    },
  };
  return {
    worker,
    posted,
    terminated: () => terminated,
    send: (data: unknown) => worker.onmessage?.({ data } as MessageEvent<unknown>),
  };
}

const REQUEST = {
  kind: 'dense',
  epochs: 1,
  batchSize: 32,
  dataUrl: 'http://127.0.0.1/data/mnist-default.json',
} as const;

describe('trainInWorker', () => {
  it('a message outside the protocol fails the fit at once (no endless wait) and stops the Worker', async () => {
    const fake = fakeWorker();
    // The fake has what trainInWorker uses of a Worker.
    const run = trainInWorker(() => fake.worker as unknown as Worker, REQUEST);
    expect(fake.posted).toHaveLength(1);
    fake.send({ type: 'batch', logs: 'not logs' });
    await expect(run).rejects.toThrow('training worker: malformed message');
    expect(fake.terminated()).toBe(true);
  });

  it('a well-formed error message rejects with its text', async () => {
    const fake = fakeWorker();
    const run = trainInWorker(() => fake.worker as unknown as Worker, REQUEST);
    fake.send({ type: 'error', message: 'out of memory' });
    await expect(run).rejects.toThrow('out of memory');
    expect(fake.terminated()).toBe(true);
  });
});
