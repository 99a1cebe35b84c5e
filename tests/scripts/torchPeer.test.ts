import { describe, expect, it } from 'vitest';
import { parsePeerOutput } from '../../scripts/lib/torchPeer.ts';

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('parsePeerOutput (the PyTorch peer of bench:train)', () => {
  it('reads the rows of the last output line', () => {
    const out = `warning: something\n${line({
      torch: '1.13.1',
      threads: 2,
      rows: [{ model: 'convnet', samplesPerSecond: 2500, msPerBatch: [51, 52] }],
    })}`;
    expect(parsePeerOutput(out)).toEqual({
      ok: true,
      torch: '1.13.1',
      threads: 2,
      rows: [{ model: 'convnet', samplesPerSecond: 2500, msPerBatch: [51, 52] }],
    });
  });

  it.each([
    ['not JSON', 'Traceback (most recent call last):'],
    ['no rows', line({ torch: '1.13.1', threads: 2 })],
    [
      'an unknown model',
      line({
        torch: 'x',
        threads: 2,
        rows: [{ model: 'vgg', samplesPerSecond: 1, msPerBatch: [1] }],
      }),
    ],
    [
      'a zero speed',
      line({
        torch: 'x',
        threads: 2,
        rows: [{ model: 'dense', samplesPerSecond: 0, msPerBatch: [1] }],
      }),
    ],
    [
      'a NaN time',
      line({
        torch: 'x',
        threads: 2,
        rows: [{ model: 'dense', samplesPerSecond: 5, msPerBatch: [null] }],
      }),
    ],
  ])('gives a reason instead of numbers for %s', (_name, text) => {
    const result = parsePeerOutput(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).not.toBe('');
  });
});
