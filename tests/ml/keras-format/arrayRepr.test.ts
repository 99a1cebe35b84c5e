import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrayRepr, type NumpyDType, scalarRepr } from '../../../src/ml/keras-format/arrayRepr.ts';

interface ArrayCase {
  dtype: NumpyDType;
  shape: number[];
  data: number[];
  expected: string;
}
interface Fixture {
  arrays: ArrayCase[];
  scalars: { value: number; expected: string }[];
}

// Expected strings were produced once by NumPy's repr() (see the fixture) and are checked in.
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/keras-format/numpy-repr.json', import.meta.url), 'utf8'),
) as Fixture;

const slides = readFileSync(new URL('../../../slides/lecture5.md', import.meta.url), 'utf8');

describe('arrayRepr', () => {
  it('prints the prediction exactly as on the slide', () => {
    const values = [
      3.9224375e-8, 4.9862869e-9, 9.4487259e-6, 8.6249776e-5, 2.9801717e-11, 3.3959207e-8,
      4.4558798e-13, 9.9990362e-1, 1.0565784e-7, 3.3271664e-7,
    ];
    const text = arrayRepr(Float32Array.from(values), { dtype: 'float32' });
    expect(slides).toContain(`\`\`\`\n${text}\n\`\`\``);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('summarises the label arrays as on the slides', () => {
    const train = new Uint8Array(60000);
    train.set([5, 0, 4]);
    train.set([5, 6, 8], 59997);
    const test = new Uint8Array(10000);
    test.set([7, 2, 1]);
    test.set([4, 5, 6], 9997);
    for (const labels of [train, test]) {
      const text = arrayRepr(labels, { dtype: 'uint8' });
      expect(slides).toContain(`\`\`\`\n${text}\n\`\`\``);
    }
    expect(arrayRepr(train, { dtype: 'uint8' })).toBe(
      'array([5, 0, 4, ..., 5, 6, 8], dtype=uint8)',
    );
  });

  it('prints scalars as on the slides', () => {
    expect(scalarRepr(0.99990362, 'float32')).toBe('0.9999036');
    expect(scalarRepr(7, 'int64')).toBe('7');
  });

  it.each(fixture.arrays.map((c, i) => [i, c] as const))(
    'matches NumPy on array case %i',
    (_i, c) => {
      expect(arrayRepr(c.data, { dtype: c.dtype, shape: c.shape })).toBe(c.expected);
    },
  );

  it('matches NumPy on float32 scalars', () => {
    for (const s of fixture.scalars) expect(scalarRepr(s.value, 'float32')).toBe(s.expected);
  });
});
