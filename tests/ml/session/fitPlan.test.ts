import { describe, expect, it } from 'vitest';
import {
  FIT_OVERHEAD,
  type FitEstimate,
  MIN_SHORT_BATCHES,
  planFit,
  runSeconds,
} from '../../../src/ml/session/fitPlan.ts';
import {
  choiceLabelUk,
  countUk,
  durationUk,
  epochsUk,
  overBudgetUk,
  runHeaderUk,
  speedUk,
} from '../../../src/ml/session/fitText.ts';
import { createFitTracker } from '../../../src/ml/session/fitTracker.ts';

const LECTURE = { trainCount: 60_000, epochs: 5, batchSize: 128 };
const wasm = (samplesPerSecond: number) => ({ backend: 'wasm', samplesPerSecond });
/** Normalises the no-break spaces of Ukrainian digit grouping for readable expectations. */
const plain = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('planning a fit against the time budget', () => {
  it('runs the full fit without asking when it fits the budget', () => {
    const e = planFit(wasm(5000), LECTURE, 90);
    expect(e.full).toEqual({ digits: 60_000, epochs: 5, seconds: runSeconds(5000, 60_000, 5) });
    expect(e.full.seconds).toBeCloseTo(
      5 * (12 + FIT_OVERHEAD.epochSeconds) + FIT_OVERHEAD.fixedSeconds,
      6,
    );
    expect(e.short).toBeUndefined();
  });

  it('offers the first N digits (a multiple of the batch) with the same epochs, within budget', () => {
    const e = planFit(wasm(460), LECTURE, 90);
    expect(e.full.seconds).toBeGreaterThan(600); // ≈ 11 min
    const short = e.short;
    expect(short?.epochs).toBe(5);
    expect((short?.digits ?? 0) % 128).toBe(0);
    expect(short?.seconds).toBeLessThanOrEqual(90);
    // The largest such N: one more batch would not fit.
    expect(runSeconds(460, (short?.digits ?? 0) + 128, 5)).toBeGreaterThan(90);
    expect(short?.digits).toBe(8192);
  });

  it('takes fewer epochs before going under the minimum batches per epoch', () => {
    const e = planFit(wasm(450), LECTURE, 10);
    // 5 epochs would leave fewer than 10 batches each; 3 epochs still have 11.
    expect(MIN_SHORT_BATCHES).toBe(10);
    expect(e.short?.epochs).toBe(3);
    expect(e.short?.digits).toBe(1408);
    expect(e.short?.seconds).toBeLessThanOrEqual(10);
    // A budget below one epoch of the minimum: one epoch of it (over budget, and it says so).
    const tiny = planFit(wasm(450), LECTURE, 1);
    expect(tiny.short).toMatchObject({ digits: 1280, epochs: 1 });
    expect(tiny.short?.seconds).toBeGreaterThan(1);
  });

  it('keeps every digit and drops epochs when fewer would be under the minimum', () => {
    const e = planFit(wasm(1000), { trainCount: 1000, epochs: 5, batchSize: 128 }, 5);
    expect(e.short).toMatchObject({ digits: 1000, epochs: 4 });
    expect(e.short?.seconds).toBeLessThanOrEqual(5);
  });

  it('offers no shorter run when the minimum is the whole run', () => {
    const e = planFit(wasm(10), { trainCount: 512, epochs: 1, batchSize: 128 }, 5);
    expect(e.full.seconds).toBeGreaterThan(5);
    expect(e.short).toBeUndefined();
  });
});

describe('what the prompt and the output say', () => {
  const e: FitEstimate = planFit(wasm(460), LECTURE, 90);

  it('formats counts, epochs, durations and speed in Ukrainian', () => {
    expect(plain(countUk(60_000))).toBe('60 000');
    expect(countUk(512)).toBe('512');
    expect([1, 2, 4, 5, 11, 12, 21, 22, 25].map(epochsUk)).toEqual([
      '1 епоха',
      '2 епохи',
      '4 епохи',
      '5 епох',
      '11 епох',
      '12 епох',
      '21 епоха',
      '22 епохи',
      '25 епох',
    ]);
    expect(durationUk(0.2)).toBe('1 с');
    expect(durationUk(85.4)).toBe('85 с');
    expect(durationUk(670)).toBe('11 хв');
    expect(durationUk(3900)).toBe('1 год 5 хв');
    expect(durationUk(7200)).toBe('2 год');
    expect(plain(speedUk(5123.4))).toBe('5 123 зразків/с');
    expect(speedUk(2.345)).toBe('2,3 зразків/с');
  });

  it('asks with the backend and the speed, names each choice with its estimate', () => {
    expect(plain(overBudgetUk(e))).toBe(
      'Повний запуск (60 000 цифр, 5 епох) триватиме ≈ 11 хв на wasm (460 зразків/с), довше за бюджет 90 с.',
    );
    expect(plain(choiceLabelUk(e, 'short'))).toBe(
      'Скорочений: перші 8 192 з 60 000 цифр, 5 епох (≈ 89 с)',
    );
    expect(choiceLabelUk(e, 'full')).toBe('Повний запуск (≈ 11 хв)');
  });

  it("heads the fit's output with exactly what ran", () => {
    expect(plain(runHeaderUk(e, 'short'))).toBe(
      '# Скорочений запуск: перші 8 192 з 60 000 цифр, 5 епох (≈ 89 с на wasm; повний ≈ 11 хв)',
    );
    expect(plain(runHeaderUk(e, 'full'))).toBe(
      '# Повний запуск: 60 000 цифр, 5 епох (≈ 11 хв на wasm; бюджет 90 с)',
    );
  });
});

describe('fit tracker times', () => {
  it('shows the estimate as the time left until batches report, then the time so far', () => {
    let t = 1000;
    const tracker = createFitTracker({
      kind: 'dense',
      cell: 'dense-fit',
      epochs: 2,
      trainCount: 256,
      batchSize: 128,
      now: () => t,
      notes: ['# a note'],
      estimateSeconds: 8,
    });
    const first = tracker.start();
    expect(first).toMatchObject({ etaSeconds: 8, estimateSeconds: 8, elapsedSeconds: 0 });
    expect(first.batch).toBe(-1);
    expect(first.lines).toEqual(['# a note']);
    t += 3000;
    const p = tracker.batch({
      epoch: 0,
      batch: 0,
      batches: 2,
      loss: 1,
      accuracy: 0.5,
      seconds: 3,
    });
    expect(p.elapsedSeconds).toBe(3);
    expect(p.fraction).toBe(0.25);
    expect(p.etaSeconds).toBe(9);
    expect(p.lines[0]).toBe('# a note');
    expect(p.lines[1]).toBe('Epoch 1/2');
  });
});
