import { describe, expect, it } from 'vitest';
import type { CellId } from '../../../src/ml/session/cellCatalog.ts';
import { idleCells, initialInfo } from '../../../src/ml/session/mirrorSession.ts';
import {
  type CellSnapshot,
  LECTURE_SETTINGS,
  type SessionSnapshot,
} from '../../../src/ml/session/types.ts';
import {
  describeChartUk,
  epochTicks,
  legendUk,
  lossAxisMax,
} from '../../../src/widgets/live-cell/lossChart.ts';
import {
  pendingSteps,
  pendingStepsUk,
  waitsInQueue,
} from '../../../src/widgets/live-cell/pendingSteps.ts';

const DATA = { id: 'full', name: 'MNIST', trainCount: 60_000, testCount: 10_000, split: '' };

/** A session running `active`, with the given cells done and the info patched. */
function snapshot(
  active: CellId,
  done: readonly CellId[],
  info: Partial<SessionSnapshot['info']> = {},
): SessionSnapshot {
  const cells: Record<CellId, CellSnapshot> = idleCells();
  for (const id of done) cells[id] = { ...cells[id], state: 'done' };
  cells[active] = { ...cells[active], state: 'running', status: 'Виконується…' };
  return { cells, info: { ...initialInfo(LECTURE_SETTINGS), active, ...info } };
}

describe('what runs before a cell (the panel says it at once)', () => {
  it('lists every pending step of a fresh session, the backend first', () => {
    expect(pendingStepsUk(snapshot('dense-fit', []), 'dense-fit')).toBe(
      'Спершу: запуск TensorFlow.js, архітектура мережі, компіляція, завантаження MNIST, ' +
        'підготовка даних; потім — навчання щільної мережі',
    );
  });

  it('drops the steps as they finish', () => {
    const running = snapshot('dense-fit', ['dense-model', 'dense-compile'], { backend: 'wasm' });
    expect(pendingSteps(running, 'dense-fit')).toEqual(['завантаження MNIST', 'підготовка даних']);
    const loaded = snapshot('dense-fit', ['dense-model', 'dense-compile', 'mnist-load'], {
      backend: 'wasm',
      data: DATA,
    });
    expect(pendingSteps(loaded, 'dense-fit')).toEqual(['підготовка даних']);
    const ready = snapshot(
      'dense-fit',
      ['dense-model', 'dense-compile', 'mnist-load', 'dense-prepare'],
      { backend: 'wasm', data: DATA },
    );
    expect(pendingStepsUk(ready, 'dense-fit')).toBeUndefined();
  });

  it('counts the data as pending while the session holds none (a restored data cell reloads it)', () => {
    const restored = snapshot('convnet-fit', ['mnist-load', 'convnet-model'], { backend: 'wasm' });
    expect(pendingSteps(restored, 'convnet-fit')).toEqual(['завантаження MNIST']);
  });

  it('says nothing for a cell that waits in the queue or does not run', () => {
    const queued = snapshot('dense-fit', []);
    expect(pendingSteps(queued, 'dense-evaluate')).toEqual([]);
    const other: SessionSnapshot = { ...queued, info: { ...queued.info, active: 'convnet-fit' } };
    expect(pendingSteps(other, 'dense-fit')).toEqual([]);
  });
});

describe('a cell waiting in the queue (its cancel waits for its own run)', () => {
  const queuedBehind = (active: CellId | undefined, queued: CellId): SessionSnapshot => {
    const base = snapshot(active ?? 'convnet-fit', []);
    const cells = { ...base.cells, [queued]: { ...base.cells[queued], state: 'running' } };
    return { cells, info: { ...base.info, active } } as SessionSnapshot;
  };

  it('waits while another run is active, or between two runs', () => {
    expect(waitsInQueue(queuedBehind('convnet-fit', 'dense-fit'), 'dense-fit')).toBe(true);
    expect(waitsInQueue(queuedBehind('dense-fit', 'dense-evaluate'), 'dense-evaluate')).toBe(true);
    expect(waitsInQueue(queuedBehind(undefined, 'dense-fit'), 'dense-fit')).toBe(true);
  });

  it('does not wait once its own run is active, nor as a step of the active run', () => {
    expect(waitsInQueue(snapshot('dense-fit', []), 'dense-fit')).toBe(false);
    // The data cell running for the convnet's fit: cancelling it cancels that run now.
    expect(waitsInQueue(queuedBehind('convnet-fit', 'mnist-load'), 'mnist-load')).toBe(false);
  });

  it('a cell that does not run does not wait', () => {
    expect(waitsInQueue(snapshot('dense-fit', ['mnist-load']), 'mnist-load')).toBe(false);
    expect(waitsInQueue(snapshot('dense-fit', []), 'convnet-fit')).toBe(false);
  });
});

describe('the training chart in words', () => {
  const series = { loss: [0.2633, 0.1079], accuracy: [0.9239, 0.9679], epochs: 5 };

  it('has a legend naming both lines with their latest values and the epoch', () => {
    expect(legendUk(series)).toEqual({
      loss: 'втрати (loss): 0.1079',
      accuracy: 'точність (accuracy): 0.9679',
      epoch: 'епоха 2/5',
    });
    expect(legendUk({ loss: [], accuracy: [], epochs: 5 })).toEqual({
      loss: 'втрати (loss): —',
      accuracy: 'точність (accuracy): —',
      epoch: 'епоха 0/5',
    });
  });

  it('describes the axes and every epoch as text', () => {
    expect(describeChartUk(series)).toBe(
      'Графік навчання: по горизонталі епоха (1–5), ліворуч втрати (loss), праворуч точність ' +
        '(accuracy, від 0 до 1). епоха 1: втрати 0.2633, точність 0.9239; епоха 2: втрати ' +
        '0.1079, точність 0.9679.',
    );
    expect(describeChartUk({ loss: [], accuracy: [], epochs: 1 })).toMatch(
      /Значення з’являться після першої епохи\.$/,
    );
  });

  it('labels each epoch up to ten, then about six, always the last', () => {
    expect(epochTicks(1)).toEqual([1]);
    expect(epochTicks(5)).toEqual([1, 2, 3, 4, 5]);
    expect(epochTicks(30)).toEqual([1, 6, 11, 16, 21, 26, 30]);
    expect(lossAxisMax([0.5, Number.NaN, 0.2])).toBeCloseTo(0.55, 10);
    expect(lossAxisMax([])).toBeCloseTo(0.11, 10);
  });
});
