import { describe, expect, it } from 'vitest';
import { isFromWorker, parseToWorker } from '../../../src/ml/worker/protocol.ts';

const base = { type: 'train', kind: 'dense', epochs: 5, batchSize: 128, dataUrl: '/d.json' };
const weights = [
  { shape: [2, 3], values: new Float32Array(6) },
  { shape: [3], values: new Float32Array(3) },
];

describe('parseToWorker', () => {
  it('accepts a train request, with or without initial weights, and cancel', () => {
    expect(parseToWorker(base)).toEqual(base);
    expect(parseToWorker({ ...base, seed: 7, limit: 512, initialWeights: weights })).toEqual({
      ...base,
      seed: 7,
      limit: 512,
      initialWeights: weights,
    });
    expect(parseToWorker({ type: 'cancel' })).toEqual({ type: 'cancel' });
  });

  it('rejects malformed requests and weights that do not match their shapes', () => {
    const bad: unknown[] = [
      null,
      'train',
      { ...base, type: 'fit' },
      { ...base, kind: 'resnet' },
      { ...base, epochs: 0 },
      { ...base, batchSize: 1.5 },
      { ...base, dataUrl: 3 },
      { ...base, limit: -1 },
      { ...base, initialWeights: 'w' },
      { ...base, initialWeights: [{ shape: [2, 3], values: new Float32Array(5) }] },
      { ...base, initialWeights: [{ shape: [2, 3], values: [0, 0, 0, 0, 0, 0] }] },
      { ...base, initialWeights: [{ shape: [0], values: new Float32Array(0) }] },
      { ...base, initialWeights: [{ shape: [6], values: new Float64Array(6) }] },
    ];
    for (const message of bad)
      expect(parseToWorker(message), JSON.stringify(message)).toBeUndefined();
  });
});

describe("a train request's backend field (?backend= in the page URL)", () => {
  it('carries a known forced backend; without one the Worker chooses', () => {
    expect(parseToWorker({ ...base, backend: { force: 'webgl' } })).toMatchObject({
      backend: { force: 'webgl' },
    });
    expect(parseToWorker(base)).not.toHaveProperty('backend');
  });

  it('carries the ?threads= count (a whole number from 1 to 8), checked like the rest', () => {
    expect(parseToWorker({ ...base, backend: { threads: 2 } })).toMatchObject({
      backend: { threads: 2 },
    });
    for (const threads of [0, 9, 1.5, '2']) {
      expect(parseToWorker({ ...base, backend: { threads } }), String(threads)).toBeUndefined();
    }
  });

  it('refuses a malformed backend field as a malformed message (one contract, no silent default)', () => {
    for (const backend of ['webgl', { force: 'cuda' }, null]) {
      expect(parseToWorker({ ...base, backend }), JSON.stringify(backend)).toBeUndefined();
    }
  });
});

describe('isFromWorker: the whole message, not only its type', () => {
  const descriptor = {
    id: 'default',
    name: 'MNIST',
    trainCount: 8000,
    testCount: 2000,
    split: 'перші 8000',
  };
  const logs = { epoch: 0, batch: 3, batches: 63, loss: 0.4, accuracy: 0.9, seconds: 1.5 };
  // Two float32 tensors: 2×3 and 3 values, 36 bytes.
  const artifacts = {
    modelTopology: { class_name: 'Sequential' },
    weightSpecs: [
      { name: 'dense/kernel', shape: [2, 3], dtype: 'float32' },
      { name: 'dense/bias', shape: [3], dtype: 'float32' },
    ],
    weightData: new ArrayBuffer(36),
  };
  const done = {
    type: 'done',
    history: { loss: [0.5, Number.NaN], accuracy: [0.8, 0.9] },
    artifacts,
  };

  it('accepts what the training Worker posts', () => {
    const good: unknown[] = [
      { type: 'backend', name: 'wasm', detail: 'WebAssembly' },
      { type: 'data', descriptor, trainCount: 512 },
      { type: 'batch', logs },
      { type: 'epoch', logs: { ...logs, epochs: 5 } },
      done,
      { ...done, evaluation: { loss: 0.3, accuracy: 0.91, count: 2000 } },
      { type: 'cancelled' },
      { type: 'error', message: 'out of memory' },
    ];
    for (const message of good) expect(isFromWorker(message), JSON.stringify(message)).toBe(true);
  });

  it.each([
    ['an error without its message', { type: 'error' }],
    ['a backend without a name', { type: 'backend', detail: '' }],
    ['a data message with a partial descriptor', { type: 'data', descriptor: { id: 'x' } }],
    ['a fractional train count', { type: 'data', descriptor, trainCount: 1.5 }],
    ['empty batch logs', { type: 'batch', logs: {} }],
    ['a negative batch', { type: 'batch', logs: { ...logs, batch: -2 } }],
    ['a history of strings', { ...done, history: { loss: ['1'], accuracy: [] } }],
    ['no artifacts', { type: 'done', history: done.history }],
    [
      'weight data shorter than its specs',
      { ...done, artifacts: { ...artifacts, weightData: new ArrayBuffer(32) } },
    ],
    [
      'a weight spec without a shape',
      { ...done, artifacts: { ...artifacts, weightSpecs: [{ name: 'k', dtype: 'float32' }] } },
    ],
    ['an endless error message', { type: 'error', message: 'x'.repeat(20_000) }],
  ])('rejects %s', (_, message) => {
    expect(isFromWorker(message)).toBe(false);
  });
});
