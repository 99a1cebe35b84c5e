import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmPaths } from '../../../scripts/lib/nodeWasmPaths.ts';
import { chooseBackend } from '../../../src/ml/backend.ts';
import { mulberry32 } from '../../../src/ml/data/random.ts';
import { makeFastFilterGradient } from '../../../src/ml/kernels/convFilterGradient.ts';
import { makeGemmFilterGradient, makeGemmInputGradient } from '../../../src/ml/kernels/convGemm.ts';
import {
  FAST_KERNELS,
  type FastKernel,
  installFastKernels,
} from '../../../src/ml/kernels/installFastKernels.ts';
import { overrideKernel } from '../../../src/ml/kernels/kernelTypes.ts';

/**
 * The kernels written as loops over the backend's memory (and the matrix-product conv
 * gradients), run on the wasm backend in Node and on cpu, against tfjs's stock cpu kernels.
 */

const random = mulberry32(11);
const values = (shape: number[], ints = false) =>
  Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () =>
    ints ? Math.round((random() - 0.5) * 4) : random() - 0.5,
  );

interface Case {
  name: string;
  kernel: string;
  inputs: Record<string, { shape: number[]; values: Float32Array }>;
  attrs: Record<string, unknown>;
}

const t = (shape: number[], ints = false) => ({ shape, values: values(shape, ints) });
/** A case of `kernel`, named after it. */
const kernelCase = (
  kernel: string,
  name: string,
  inputs: Case['inputs'],
  attrs: Case['attrs'],
): Case => ({ name: `${kernel} ${name}`, kernel, inputs, attrs });
const poolAttrs = (filterSize: number, strides: number, pad: 'valid' | 'same') => ({
  filterSize,
  strides,
  pad,
});
const pool = (
  name: string,
  x: number[],
  f: number,
  s: number,
  pad: 'valid' | 'same',
  ints = false,
) => {
  const info = tf.backend_util.computePool2DInfo(
    x as [number, number, number, number],
    f,
    s,
    1,
    pad,
  );
  return kernelCase(
    'MaxPoolGrad',
    name,
    { dy: t(info.outShape), input: t(x, ints) },
    poolAttrs(f, s, pad),
  );
};
const convAttrs = { strides: 1, pad: 'valid', dataFormat: 'NHWC', dimRoundingMode: undefined };
/**
 * Cases of the two gradient kernels of a stride-1 valid conv of `x` (NHWC) with a kh×kw filter
 * to cout channels: the filter's gradient takes x and dy, the input's takes dy and the filter.
 */
const convGrad =
  (of: 'filter' | 'input') =>
  (name: string, x: number[], [kh, kw, cout]: [number, number, number]): Case => {
    const [n = 0, h = 0, w = 0, cin = 0] = x;
    const filter = [kh, kw, cin, cout];
    const dy = [n, h - kh + 1, w - kw + 1, cout];
    return of === 'filter'
      ? kernelCase(
          'Conv2DBackpropFilter',
          name,
          { x: t(x), dy: t(dy) },
          { ...convAttrs, filterShape: filter },
        )
      : kernelCase(
          'Conv2DBackpropInput',
          name,
          { dy: t(dy), filter: t(filter) },
          { ...convAttrs, inputShape: x },
        );
  };
const filterGrad = convGrad('filter');
const inputGrad = convGrad('input');
const sum = (name: string, shape: number[], axis: number | number[], keepDims = false): Case =>
  kernelCase('Sum', name, { x: t(shape) }, { axis, keepDims });
const matMul = (name: string, a: number[], b: number[], transposeA: boolean, transposeB: boolean) =>
  kernelCase('BatchMatMul', name, { a: t(a), b: t(b) }, { transposeA, transposeB });

const CASES: Case[] = [
  pool('lecture layer 1 (2×2/2)', [2, 26, 26, 8], 2, 2, 'valid'),
  pool('batch 1, one channel', [1, 4, 4, 1], 2, 2, 'valid'),
  pool('odd, non-square, 3 channels', [2, 7, 5, 3], 2, 2, 'valid'),
  pool("2×2/2 'same' on odd sizes", [2, 7, 5, 3], 2, 2, 'same'),
  pool('overlapping 3×3/1 same', [2, 6, 5, 2], 3, 1, 'same'),
  pool('3×3/2 valid', [1, 9, 8, 3], 3, 2, 'valid'),
  pool('ties: first maximum wins', [2, 6, 6, 3], 2, 2, 'valid', true),
  pool('ties, overlapping windows', [1, 5, 5, 2], 2, 1, 'valid', true),
  filterGrad('lecture layer 1', [3, 28, 28, 1], [3, 3, 32]),
  filterGrad('batch 1, non-square kernel, 3 channels', [1, 9, 7, 3], [2, 3, 5]),
  filterGrad('32 → 8 channels', [2, 13, 13, 32], [3, 3, 8]),
  inputGrad('lecture layer 3', [3, 5, 5, 64], [3, 3, 16]),
  inputGrad('batch 1, non-square kernel, 3 channels', [1, 9, 7, 3], [2, 3, 5]),
  inputGrad('one input channel', [2, 8, 8, 1], [3, 3, 4]),
  sum('bias gradient (N, H, W)', [4, 6, 5, 7], [0, 1, 2]),
  sum('keepDims, negative axes', [4, 6, 5, 7], [-4, -3], true),
  sum('axis 0 of a matrix', [9, 3], 0),
  sum('inner axes (stock)', [4, 6, 5, 7], [1, 2]),
  sum('all axes (stock)', [4, 6, 5], [0, 1, 2]),
  matMul('a · bᵀ', [5, 7], [3, 7], false, true),
  matMul('aᵀ · b', [7, 5], [7, 3], true, false),
  matMul('aᵀ · bᵀ, batched', [2, 7, 5], [2, 3, 7], true, true),
];

/** Runs every case's kernel on the current backend; values read back, tensors freed. */
function runAll(cases: readonly Case[]): { shape: number[]; values: Float32Array }[] {
  return cases.map((c) =>
    tf.tidy(() => {
      const inputs: Record<string, tf.Tensor> = {};
      for (const [k, v] of Object.entries(c.inputs)) inputs[k] = tf.tensor(v.values, v.shape);
      const out = tf.engine().runKernel(c.kernel, inputs, c.attrs as never) as tf.Tensor;
      return { shape: out.shape, values: out.dataSync() as Float32Array };
    }),
  );
}

const maxDiff = (a: Float32Array, b: Float32Array) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

/** Leaves garbage in freed memory, as a training step does (a kernel must not read it). */
function dirtyTheHeap(): void {
  tf.tidy(() => tf.fill([512, 1024], 1234.5).dataSync());
}

/** Every kernel override in this file's cases, with the matrix products always preferred. */
function installAll(backend: string): () => void {
  const restores = [
    overrideKernel('Conv2DBackpropFilter', backend, (prev) =>
      makeGemmFilterGradient(backend, prev, () => true),
    ),
    overrideKernel('Conv2DBackpropInput', backend, (prev) =>
      makeGemmInputGradient(backend, prev, () => true),
    ),
    installFastKernels(backend, ['maxPoolGrad', 'sumLeadingAxes', 'matMulTransposeA']),
  ];
  return () => {
    for (const r of restores.reverse()) r();
  };
}

let reference: { shape: number[]; values: Float32Array }[] = [];

beforeAll(async () => {
  await chooseBackend({ prefer: ['wasm'], wasmPaths: nodeWasmPaths(), fastKernels: false });
  await tf.setBackend('cpu');
  reference = runAll(CASES);
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('kernels over the backend memory match the stock cpu kernels', {
  timeout: 120_000,
}, () => {
  for (const backend of ['wasm', 'cpu'] as const) {
    it(`on ${backend}, to 1e-4, leaking nothing, whatever freed memory held`, async () => {
      await tf.setBackend(backend);
      const restore = installAll(backend);
      try {
        dirtyTheHeap();
        const baseline = tf.memory().numTensors;
        const got = runAll(CASES);
        expect(tf.memory().numTensors).toBe(baseline);
        CASES.forEach((c, i) => {
          expect(got[i]!.shape, c.name).toEqual(reference[i]!.shape);
          expect(maxDiff(got[i]!.values, reference[i]!.values), c.name).toBeLessThan(1e-4);
        });
      } finally {
        restore();
      }
    });
  }
});

describe('the default wasm kernel set', { timeout: 120_000 }, () => {
  it('trains through conv, relu, pool, dense with the stock cpu gradients', async () => {
    const shapes = { x: [2, 12, 11, 3], w: [3, 3, 3, 4], d: [80, 5] };
    const xv = values(shapes.x);
    const wv = values(shapes.w);
    const dv = values(shapes.d);
    const loss = (x: tf.Tensor, w: tf.Tensor, d: tf.Tensor) => {
      const y = tf.maxPool(
        tf.relu(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'valid')),
        2,
        2,
        'valid',
      );
      const bias = tf.sum(y, [0, 1, 2]);
      return tf.add(tf.sum(tf.square(tf.matMul(tf.reshape(y, [2, 80]), d))), tf.sum(bias));
    };
    const grads = () =>
      tf.tidy(() =>
        tf
          .grads(loss)([tf.tensor(xv, shapes.x), tf.tensor(wv, shapes.w), tf.tensor(dv, shapes.d)])
          .map((g) => g.dataSync() as Float32Array),
      );
    await tf.setBackend('cpu');
    const stock = grads();
    await tf.setBackend('wasm');
    const restore = installFastKernels('wasm');
    try {
      dirtyTheHeap();
      const baseline = tf.memory().numTensors;
      const fast = grads();
      expect(tf.memory().numTensors).toBe(baseline);
      stock.forEach((s, i) => {
        expect(maxDiff(fast[i]!, s), `d${i}`).toBeLessThan(1e-4);
      });
    } finally {
      restore();
    }
  });

  it('installs only kernels that exist, and an Identity that shares memory', async () => {
    await tf.setBackend('wasm');
    const restore = installFastKernels('wasm', FAST_KERNELS.wasm as FastKernel[]);
    try {
      const x = tf.tensor([1, 2, 3]);
      const baseline = tf.memory().numTensors;
      const y = tf.clone(x);
      expect(y.dataId).toBe(x.dataId);
      y.dispose();
      expect(Array.from(x.dataSync())).toEqual([1, 2, 3]);
      x.dispose();
      expect(tf.memory().numTensors).toBe(baseline - 1);
    } finally {
      restore();
    }
  });

  it('still refuses strided filter gradients on wasm (no stock kernel to fall back to)', async () => {
    await tf.setBackend('wasm');
    const restore = installFastKernels('wasm');
    try {
      const x = tf.ones([1, 6, 6, 1]) as tf.Tensor4D;
      const w = tf.ones([3, 3, 1, 2]) as tf.Tensor4D;
      expect(() =>
        tf.grad((f: tf.Tensor) => tf.sum(tf.conv2d(x, f as tf.Tensor4D, 2, 'same')))(w),
      ).toThrow(/only stride 1/);
      x.dispose();
      w.dispose();
    } finally {
      restore();
    }
  });
});

describe('conv-based filter gradient (cpu) stays the fallback for wide layers', () => {
  it('is what the gemm kernel defers to where GEMM_PREFERRED says no', async () => {
    await tf.setBackend('cpu');
    const calls: string[] = [];
    const restore = overrideKernel('Conv2DBackpropFilter', 'cpu', (prev) =>
      makeGemmFilterGradient('cpu', (args) => {
        calls.push('fallback');
        return makeFastFilterGradient('cpu', prev)(args);
      }),
    );
    try {
      runAll([
        filterGrad('wide', [1, 6, 6, 32], [3, 3, 2]),
        filterGrad('narrow', [1, 6, 6, 1], [3, 3, 2]),
      ]);
      expect(calls).toEqual(['fallback']);
    } finally {
      restore();
    }
  });
});
