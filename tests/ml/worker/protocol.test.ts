import { describe, expect, it } from 'vitest';
import { parseToWorker } from '../../../src/ml/worker/protocol.ts';

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
