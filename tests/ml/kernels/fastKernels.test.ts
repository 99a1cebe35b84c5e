import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/ml/data/random.ts';
import { installFastKernels } from '../../../src/ml/kernels/installFastKernels.ts';

const random = mulberry32(5);
const rand = (shape: number[]) =>
  tf.tensor(
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => random() - 0.5),
    shape,
  );

interface Grad {
  shape: number[];
  values: number[];
}

/** Gradients of sum(f(x, w) · r) with respect to x and w, read back as arrays. */
function grads(
  f: (x: tf.Tensor, w: tf.Tensor) => tf.Tensor,
  x: tf.Tensor,
  w: tf.Tensor,
  r: tf.Tensor,
): Grad[] {
  return tf.tidy(() =>
    tf
      .grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a, b), r)))([x, w])
      .map((t) => ({ shape: t.shape, values: Array.from(t.dataSync()) })),
  );
}

const maxDiff = (a: Grad, b: Grad) =>
  Math.max(...a.values.map((v, k) => Math.abs(v - b.values[k]!)));
const maxAbs = (a: Grad) => Math.max(...a.values.map(Math.abs));

const conv = (x: tf.Tensor, w: tf.Tensor) =>
  tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'valid');
/** conv → relu → 2×2 max-pool, as in the lecture's convnet. */
const convPool = (x: tf.Tensor, w: tf.Tensor) => tf.maxPool(tf.relu(conv(x, w)), 2, 2, 'valid');

/** 2×2 max-pool (of small integers: many ties), scaled by Σw so w gets a gradient too. */
const poolTies = (x: tf.Tensor, w: tf.Tensor) =>
  tf.mul(tf.maxPool(x as tf.Tensor4D, 2, 2, 'valid'), tf.sum(w));

const cases = [
  { name: 'first layer', f: conv, x: [4, 28, 28, 1], w: [3, 3, 1, 32] },
  { name: 'second layer', f: conv, x: [3, 13, 13, 32], w: [3, 3, 32, 64] },
  { name: 'rectangular', f: conv, x: [2, 9, 7, 3], w: [2, 3, 3, 5] },
  { name: 'conv, relu, pool (even)', f: convPool, x: [2, 12, 12, 3], w: [3, 3, 3, 4] },
  { name: 'conv, relu, pool (odd)', f: convPool, x: [2, 13, 13, 2], w: [3, 3, 2, 4] },
  { name: 'pool with ties (first maximum wins)', f: poolTies, x: [2, 7, 7, 3], w: [2] },
];

let restore: () => void = () => {};
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(() => restore());

describe('fast conv and pooling gradients (cpu backend)', { timeout: 60_000 }, () => {
  it('match the stock kernels to 1e-4 and leak nothing', () => {
    const inputs = cases.map((c) => {
      const x = c.f === poolTies ? tf.tidy(() => tf.round(tf.mul(rand(c.x), 4))) : rand(c.x);
      const w = rand(c.w);
      const shape = tf.tidy(() => c.f(x, w).shape);
      return { ...c, x, w, r: rand(shape) };
    });
    const stock = inputs.map((c) => grads(c.f, c.x, c.w, c.r));
    restore = installFastKernels('cpu', ['convFilter', 'convInput', 'maxPoolGrad']);
    const baseline = tf.memory().numTensors;
    const fast = inputs.map((c) => grads(c.f, c.x, c.w, c.r));
    expect(tf.memory().numTensors).toBe(baseline);
    inputs.forEach((c, i) => {
      for (const k of [0, 1]) {
        const s = stock[i]![k]!;
        const f = fast[i]![k]!;
        expect(f.shape, c.name).toEqual(s.shape);
        expect(maxDiff(s, f), `${c.name} d${k ? 'w' : 'x'}`).toBeLessThan(1e-4);
        expect(maxAbs(s), c.name).toBeGreaterThan(0.01);
      }
    });
  });

  it('sum over leading axes like the stock Sum, and fall back for other axes', () => {
    const x = rand([4, 5, 6, 7]);
    const sums = () =>
      tf.tidy(() =>
        [
          tf.sum(x, [0, 1, 2]),
          tf.sum(x, [0, 1], true),
          tf.sum(x, 0),
          tf.sum(x, [1, 2]),
          tf.sum(x),
        ].map((t) => ({ shape: t.shape, values: Array.from(t.dataSync()) })),
      );
    const stock = sums();
    const undo = installFastKernels('cpu', ['sumLeadingAxes']);
    const fast = sums();
    undo();
    stock.forEach((s, i) => {
      expect(fast[i]!.shape).toEqual(s.shape);
      expect(maxDiff(s, fast[i]!)).toBeLessThan(1e-4);
    });
  });

  it('fall back to the stock kernels for strided and padded convolutions', () => {
    const x = rand([2, 9, 9, 2]);
    const w = rand([3, 3, 2, 4]);
    const strided = (a: tf.Tensor, b: tf.Tensor) =>
      tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 2, 'same');
    const r = rand(tf.tidy(() => strided(x, w).shape));
    const [dx, dw] = grads(strided, x, w, r);
    expect(dx!.shape).toEqual([2, 9, 9, 2]);
    expect(dw!.shape).toEqual([3, 3, 2, 4]);
  });
});
