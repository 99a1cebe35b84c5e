import { describe, expect, it } from 'vitest';
import { isFromDataWorker, parseDataRequest } from '../../../src/ml/worker/dataProtocol.ts';

const progress = { name: 'MNIST', bytes: 5, totalBytes: 10, digits: 0, totalDigits: 70000 };

describe('data Worker messages', () => {
  it('takes only a load request with a URL', () => {
    expect(parseDataRequest({ type: 'load', url: '/data/mnist-full.json' })).toEqual({
      type: 'load',
      url: '/data/mnist-full.json',
    });
    for (const bad of [null, 'load', { type: 'load' }, { type: 'load', url: 3 }, { type: 'x' }]) {
      expect(parseDataRequest(bad)).toBeUndefined();
    }
  });

  it('checks progress and results before the page uses them', () => {
    expect(isFromDataWorker({ type: 'progress', progress })).toBe(true);
    expect(isFromDataWorker({ type: 'progress', progress: { ...progress, bytes: -1 } })).toBe(
      false,
    );
    expect(isFromDataWorker({ type: 'progress', progress: { ...progress, name: 1 } })).toBe(false);
    expect(isFromDataWorker({ type: 'error', message: 'HTTP 404' })).toBe(true);
    expect(isFromDataWorker({ type: 'error' })).toBe(false);
    const done = { type: 'done', manifest: {}, href: '/x.bin.gz', bytes: new Uint8Array(4) };
    expect(isFromDataWorker(done)).toBe(true);
    expect(isFromDataWorker({ ...done, bytes: [1, 2] })).toBe(false);
    expect(isFromDataWorker({ type: 'other' })).toBe(false);
  });
});
