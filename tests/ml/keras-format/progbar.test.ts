import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFitLogger } from '../../../src/ml/keras-format/fitLogger.ts';
import {
  createProgbar,
  epochLine,
  formatBar,
  formatEta,
  formatMetric,
  formatStepTime,
} from '../../../src/ml/keras-format/progbar.ts';
import { createRunningMean } from '../../../src/ml/keras-format/runningMean.ts';

const slides = readFileSync(new URL('../../../slides/lecture5.md', import.meta.url), 'utf8');

/** Drives a bar through `steps` steps: the first step takes `first` s, the others `each` s. */
function run(
  steps: number,
  first: number,
  each: number,
  values: [string, number][],
  stateful: string[],
) {
  const bar = createProgbar({ target: steps, statefulMetrics: stateful }, 100);
  const lines: string[] = [];
  for (let s = 1; s <= steps; s++) lines.push(bar.update(s, values, 100 + first + (s - 1) * each));
  return lines;
}

describe('progbar', () => {
  it('prints the final training line of the slides', () => {
    const metrics: [string, number][] = [
      ['loss', 0.2633],
      ['accuracy', 0.9239],
    ];
    const lines = run(469, 0.6, 0.005, metrics, ['loss', 'accuracy']);
    const text = `${epochLine(1, 5)}\n${lines.at(-1)}`;
    expect(slides).toContain(text);
    expect(lines.at(-1)).toBe(
      '469/469 [==============================] - 3s 5ms/step - loss: 0.2633 - accuracy: 0.9239',
    );
  });

  it('prints the evaluate line of the slides', () => {
    const lines = run(
      313,
      0.2,
      0.002,
      [
        ['loss', 0.0605],
        ['accuracy', 0.9817],
      ],
      ['loss', 'accuracy'],
    );
    expect(slides).toContain(`\`\`\`bash\n${lines.at(-1)}\n\`\`\``);
  });

  it('shows a > head, dots and an ETA while running', () => {
    const lines = run(469, 0.6, 0.005, [['loss', 0.5]], ['loss']);
    expect(lines[0]).toBe('  1/469 [..............................] - ETA: 4:40 - loss: 0.5000');
    expect(lines[99]).toBe('100/469 [=====>........................] - ETA: 1s - loss: 0.5000');
    expect(lines[467]).toBe('468/469 [============================>.] - ETA: 0s - loss: 0.5000');
    for (const line of lines) expect(line.indexOf(']') - line.indexOf('[')).toBe(31);
  });

  it('averages non-stateful metrics over the steps seen', () => {
    const bar = createProgbar({ target: 4 }, 0);
    bar.update(1, [['loss', 1]], 1);
    bar.update(2, [['loss', 3]], 2);
    expect(bar.update(4, [['loss', 6]], 4)).toBe(
      '4/4 [==============================] - 4s 1s/step - loss: 4.0000',
    );
  });

  it('formats bars, times and metrics like Keras', () => {
    expect(formatBar(15, 30)).toBe(`15/30 [${'='.repeat(14)}>${'.'.repeat(15)}]`);
    expect(formatBar(7, null)).toBe('      7/Unknown');
    expect(formatEta(2.9)).toBe('2s');
    expect(formatEta(61.5)).toBe('1:01');
    expect(formatEta(3725)).toBe('1:02:05');
    expect(formatStepTime(0.0052, 'step')).toBe(' 5ms/step');
    expect(formatStepTime(0.0025, 'step')).toBe(' 2ms/step');
    expect(formatStepTime(0.00035, 'step')).toBe(' 350us/step');
    expect(formatStepTime(2.5, 'step')).toBe(' 2s/step');
    expect(formatMetric(0.26334)).toBe('0.2633');
    expect(formatMetric(0.00012345)).toBe('1.2345e-04');
  });

  it('keeps sample-weighted running means for fit', () => {
    const mean = createRunningMean();
    mean.add({ loss: 1, accuracy: 0.5 }, 128);
    mean.add({ loss: 0.5, accuracy: 1 }, 32);
    expect(mean.values()).toEqual([
      ['loss', 0.9],
      ['accuracy', 0.6],
    ]);
  });
});

describe('fit logger', () => {
  it('reproduces the five-epoch training log of the slides', () => {
    const epochs: { first: number; each: number; loss: number; accuracy: number }[] = [
      { first: 0.6, each: 0.005, loss: 0.2633, accuracy: 0.9239 },
      { first: 0.1, each: 0.005, loss: 0.1079, accuracy: 0.9679 },
      { first: 0.1, each: 0.005, loss: 0.0714, accuracy: 0.9784 },
      { first: 0.2, each: 0.006, loss: 0.0524, accuracy: 0.9844 },
      { first: 0.2, each: 0.006, loss: 0.039, accuracy: 0.9882 },
    ];
    const log = createFitLogger({ epochs: 5, steps: 469 });
    const lines: string[] = [];
    let now = 1000;
    epochs.forEach((e, i) => {
      lines.push(log.beginEpoch(i + 1, now));
      let last = '';
      for (let s = 1; s <= 469; s++) {
        const t = now + e.first + (s - 1) * e.each;
        last = log.step(
          s,
          [
            ['loss', e.loss],
            ['accuracy', e.accuracy],
          ],
          t,
        );
      }
      lines.push(last);
      now += e.first + 468 * e.each + 0.05;
    });
    expect(slides).toContain(`\`\`\`bash\n${lines.join('\n')}\n\n<keras.src.callbacks.History`);
  });
});
