import { describe, expect, it } from 'vitest';
import {
  countdown,
  createTimer,
  formatClock,
  formatDuration,
  nextTickDelay,
  parseTimerSnapshot,
  STOPPED,
} from '../../src/present/timer.ts';

/** A clock the test moves by hand. */
const manualClock = (start = 1_000_000) => {
  let now = start;
  return {
    clock: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    set: (ms: number) => {
      now = ms;
    },
  };
};

describe('createTimer', () => {
  it('starts stopped at zero and does not count until started', () => {
    const t = manualClock();
    const timer = createTimer(t.clock);
    t.advance(5000);
    expect(timer.running).toBe(false);
    expect(timer.elapsed()).toBe(0);
  });

  it('counts while running and keeps the time while stopped', () => {
    const t = manualClock();
    const timer = createTimer(t.clock);
    timer.start();
    t.advance(1500);
    expect(timer.elapsed()).toBe(1500);
    timer.stop();
    t.advance(10_000);
    expect(timer.elapsed()).toBe(1500);
    timer.start();
    t.advance(500);
    expect(timer.elapsed()).toBe(2000);
  });

  it('toggle alternates start and stop; start twice does not restart the run', () => {
    const t = manualClock();
    const timer = createTimer(t.clock);
    timer.toggle();
    t.advance(1000);
    timer.start();
    t.advance(1000);
    expect(timer.elapsed()).toBe(2000);
    timer.toggle();
    expect(timer.running).toBe(false);
    t.advance(1000);
    expect(timer.elapsed()).toBe(2000);
  });

  it('reset goes back to zero and stops', () => {
    const t = manualClock();
    const timer = createTimer(t.clock);
    timer.start();
    t.advance(42_000);
    timer.reset();
    expect(timer.running).toBe(false);
    t.advance(3000);
    expect(timer.elapsed()).toBe(0);
  });

  it('never reports negative time when the clock goes back', () => {
    const t = manualClock(50_000);
    const timer = createTimer(t.clock);
    timer.start();
    t.set(40_000);
    expect(timer.elapsed()).toBe(0);
  });

  it('round-trips through a snapshot, also while running', () => {
    const t = manualClock();
    const first = createTimer(t.clock);
    first.start();
    t.advance(3000);
    first.stop();
    first.start();
    t.advance(2000);
    const restored = createTimer(t.clock, first.snapshot());
    t.advance(1000);
    expect(restored.running).toBe(true);
    expect(restored.elapsed()).toBe(6000);
  });
});

describe('parseTimerSnapshot', () => {
  it('accepts a valid snapshot', () => {
    expect(parseTimerSnapshot({ accumulatedMs: 10, startedAt: 5 })).toEqual({
      accumulatedMs: 10,
      startedAt: 5,
    });
    expect(parseTimerSnapshot({ accumulatedMs: 0, startedAt: null })).toEqual(STOPPED);
  });

  it.each([
    null,
    'x',
    {},
    { accumulatedMs: -1, startedAt: null },
    { accumulatedMs: Number.NaN, startedAt: null },
    { accumulatedMs: 1, startedAt: '5' },
    { accumulatedMs: 1 },
  ])('turns malformed data %j into a fresh timer', (value) => {
    expect(parseTimerSnapshot(value)).toEqual(STOPPED);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1000, '00:01'],
    [61_500, '01:01'],
    [59 * 60_000 + 59_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_600_000 + 5 * 60_000 + 7000, '1:05:07'],
    [-65_000, '−01:05'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatClock', () => {
  it('shows local hours and minutes with leading zeros', () => {
    expect(formatClock(new Date(2026, 10, 27, 9, 5, 59).getTime())).toBe('09:05');
    expect(formatClock(new Date(2026, 10, 27, 23, 45, 0).getTime())).toBe('23:45');
  });
});

describe('countdown', () => {
  it('counts down, reading the full length at the start', () => {
    expect(countdown(0, 80 * 60_000)).toEqual({ overtime: false, text: '1:20:00' });
    expect(countdown(500, 80 * 60_000)).toEqual({ overtime: false, text: '1:20:00' });
    expect(countdown(1000, 80 * 60_000)).toEqual({ overtime: false, text: '1:19:59' });
  });

  it('reads 00:00 when the time is up and counts overtime after it', () => {
    expect(countdown(60_000, 60_000)).toEqual({ overtime: false, text: '00:00' });
    expect(countdown(60_000 + 65_000, 60_000)).toEqual({ overtime: true, text: '+01:05' });
  });
});

describe('nextTickDelay', () => {
  it('waits for the next elapsed second while running', () => {
    const timer = { running: true, elapsed: () => 12_300 };
    expect(nextTickDelay(5_000_000, timer)).toBe(705);
  });

  it('waits for the next clock second while stopped', () => {
    const timer = { running: false, elapsed: () => 12_300 };
    expect(nextTickDelay(5_000_250, timer)).toBe(755);
  });

  it('is never longer than a second and a margin', () => {
    for (const now of [0, 1, 999, 1000, 123_456_789]) {
      const delay = nextTickDelay(now, { running: false, elapsed: () => 0 });
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(1005);
    }
  });
});
