import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_CHECK_OPTIONS } from '../../../scripts/lib/appCheckOptions.ts';
import { checkDeck } from '../../../src/check/index.ts';
import { LECTURE_SETTINGS, LIVE_CELL_IDS } from '../../../src/ml/session/index.ts';
import { parseDeck } from '../../../src/parse/index.ts';
import { renderDeck } from '../../../src/render/index.ts';
import { testBadge } from '../../../src/widgets/live-cell/cellView.ts';
import { chartX, chartY, linePath } from '../../../src/widgets/live-cell/lossChart.ts';
import { describeData, formatEtaUk } from '../../../src/widgets/live-cell/trainingView.ts';
import { liveCellSlides } from './cellSlides.ts';

const DECK =
  '# Fit\n\n```python\nmodel.fit(x, y)\n```\n\n![:run dense-fit]\n\n```\nEpoch 1/5\n```\n';

describe('![:run id] markers', () => {
  it('render a live-cell placeholder after the code block, the id as its param', () => {
    const rendered = renderDeck(parseDeck(DECK), { id: 't.md', fileExists: () => true });
    const slide = rendered.slides[0];
    expect(slide?.widgets).toEqual([
      { name: 'live-cell', id: 'w0-0', params: { cell: 'dense-fit' } },
    ]);
    expect(slide?.html).toMatch(
      /<\/code><\/pre>\n<div class="widget live-cell" data-widget="live-cell" data-cell="dense-fit" data-widget-id="w0-0"><\/div>\n<pre><code>Epoch 1\/5/,
    );
  });

  it('unknown cell ids are errors of the deck check, with slide and line', () => {
    const report = checkDeck('a\n\n---\n\n```python\nx\n```\n\n![:run dense-fitt]\n', {
      id: 't.md',
      fileExists: () => true,
      ...APP_CHECK_OPTIONS,
    });
    expect(report.items).toEqual([
      expect.objectContaining({ rule: 'unknown-live-cell', severity: 'error', slide: 2 }),
    ]);
    expect(report.items[0]?.message).toContain('"dense-fitt"');
  });

  it('lecture 5 marks every cell once, with known ids only', { timeout: 60_000 }, () => {
    const source = readFileSync('slides/lecture5.md', 'utf8');
    const report = checkDeck(source, {
      id: 'lecture5.md',
      fileExists: () => true,
      ...APP_CHECK_OPTIONS,
    });
    expect(report.items.filter((i) => i.rule === 'unknown-live-cell')).toEqual([]);
    expect([...liveCellSlides().keys()].sort()).toEqual([...LIVE_CELL_IDS].sort());
  });
});

describe('training view text', () => {
  it('formats the ETA, the data and the test badge', () => {
    expect(formatEtaUk(7.4)).toBe('0:07');
    expect(formatEtaUk(125)).toBe('2:05');
    expect(formatEtaUk(3723)).toBe('1:02:03');
    const data = { id: 'default', name: 'MNIST', trainCount: 8000, testCount: 2000, split: '' };
    expect(describeData(data, LECTURE_SETTINGS)).toBe(
      'Дані: MNIST: 8000 навчальних / 2000 тестових',
    );
    const test = { ...LECTURE_SETTINGS, subset: 512, epochs: 1, test: true };
    expect(describeData(data, test)).toContain('навчання на перших 512');
    expect(testBadge(test)).toBe('тестовий режим: 512 зразків, 1 епоха');
    expect(testBadge({ ...test, epochs: 3 })).toBe('тестовий режим: 512 зразків, 3 епохи');
    expect(testBadge(LECTURE_SETTINGS)).toBe('');
  });

  it('draws the chart in its box: first epoch left, last right, 0 at the bottom', () => {
    expect(linePath([1, 0.5], 2, 1)).toBe(
      `M${chartX(0, 2).toFixed(1)},${chartY(1, 1).toFixed(1)} L${chartX(1, 2).toFixed(1)},${chartY(0.5, 1).toFixed(1)}`,
    );
    expect(chartX(0, 5)).toBeLessThan(chartX(4, 5));
    expect(chartY(0, 1)).toBeGreaterThan(chartY(1, 1));
    expect(chartY(5, 1)).toBe(chartY(1, 1));
  });
});
