import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelDescription } from '../../../src/ml/keras-format/modelDescription.ts';
import { readableMemorySize, summary } from '../../../src/ml/keras-format/summary.ts';

const slides = readFileSync(new URL('../../../slides/lecture5.md', import.meta.url), 'utf8');

/** The summary block that starts with `Model: "<name>"` on the lecture's slides. */
function slideSummary(name: string): string {
  const start = slides.indexOf(`Model: "${name}"`);
  expect(start).toBeGreaterThan(0);
  const end = slides.indexOf('\n```', start);
  return slides.slice(start, end);
}

const input = {
  name: 'input_2',
  className: 'InputLayer',
  outputShape: { list: [[null, 28, 28, 1]] },
  params: 0,
};

const convnet: ModelDescription = {
  name: 'model',
  layers: [
    input,
    { name: 'conv2d_1', className: 'Conv2D', outputShape: [null, 26, 26, 32], params: 320 },
    {
      name: 'max_pooling2d',
      className: 'MaxPooling2D',
      outputShape: [null, 13, 13, 32],
      params: 0,
    },
    { name: 'conv2d_2', className: 'Conv2D', outputShape: [null, 11, 11, 64], params: 18496 },
    {
      name: 'max_pooling2d_1',
      className: 'MaxPooling2D',
      outputShape: [null, 5, 5, 64],
      params: 0,
    },
    { name: 'conv2d_3', className: 'Conv2D', outputShape: [null, 3, 3, 128], params: 73856 },
    { name: 'flatten', className: 'Flatten', outputShape: [null, 1152], params: 0 },
    { name: 'dense', className: 'Dense', outputShape: [null, 10], params: 11530 },
  ],
  trainableParams: 104202,
  nonTrainableParams: 0,
};

const noPooling: ModelDescription = {
  name: 'model_1',
  layers: [
    input,
    { name: 'conv2d_3', className: 'Conv2D', outputShape: [null, 26, 26, 32], params: 320 },
    { name: 'conv2d_4', className: 'Conv2D', outputShape: [null, 24, 24, 64], params: 18496 },
    { name: 'conv2d_5', className: 'Conv2D', outputShape: [null, 22, 22, 128], params: 73856 },
    { name: 'flatten_1', className: 'Flatten', outputShape: [null, 61952], params: 0 },
    { name: 'dense_1', className: 'Dense', outputShape: [null, 10], params: 619530 },
  ],
  trainableParams: 712202,
  nonTrainableParams: 0,
};

const dense: ModelDescription = {
  name: 'sequential',
  layers: [
    { name: 'dense', className: 'Dense', outputShape: [null, 512], params: 401920 },
    { name: 'dense_1', className: 'Dense', outputShape: [null, 10], params: 5130 },
  ],
  trainableParams: 407050,
  nonTrainableParams: 0,
};

describe('summary', () => {
  it('reproduces the convnet summary on the slides line for line', () => {
    expect(summary(convnet)).toBe(slideSummary('model'));
  });

  it('reproduces the summary of the convnet without max-pooling', () => {
    expect(summary(noPooling)).toBe(slideSummary('model_1'));
  });

  it('prints the dense model as Keras does', () => {
    const expected = readFileSync(
      new URL('../../fixtures/keras-format/summary-dense.txt', import.meta.url),
      'utf8',
    );
    expect(`${summary(dense)}\n`).toBe(expected);
  });

  it('keeps every line 65 columns wide except the model line and the footer', () => {
    const lines = summary(convnet).split('\n');
    for (const line of lines.slice(1, -3)) expect(line).toHaveLength(65);
  });

  it('can add the closing rule older Keras versions printed after the footer', () => {
    const lines = summary(dense, { trailingRule: true }).split('\n');
    expect(lines.at(-1)).toBe('_'.repeat(65));
  });

  it('formats memory sizes with 1024 steps and two decimals', () => {
    expect(readableMemorySize(0)).toBe('0.00 Byte');
    expect(readableMemorySize(1000)).toBe('1000.00 Byte');
    expect(readableMemorySize(1024)).toBe('1.00 KB');
    expect(readableMemorySize(104202 * 4)).toBe('407.04 KB');
    expect(readableMemorySize(712202 * 4)).toBe('2.72 MB');
    expect(readableMemorySize(3 * 1024 ** 3)).toBe('3.00 GB');
  });

  it('wraps long shapes at a tuple boundary', () => {
    const lines = summary({
      name: 'm',
      layers: [
        {
          name: 'split',
          className: 'Lambda',
          outputShape: {
            list: [
              [null, 128, 128, 3],
              [null, 64, 64, 3],
            ],
          },
          params: 0,
        },
      ],
      trainableParams: 0,
      nonTrainableParams: 0,
    }).split('\n');
    expect(lines[4]).toBe(' split (Lambda)              [(None, 128, 128, 3),     0         ');
    expect(lines[5]).toBe('                              (None, 64, 64, 3)]                 ');
  });
});
