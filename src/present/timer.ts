/**
 * The presenter's stopwatch as pure logic over an injected clock, plus the time formats the
 * presenter view shows. No DOM, no timers of its own: the view decides when to redraw
 * (`nextTickDelay`).
 */

import * as v from 'valibot';

/** Milliseconds on a monotonic-enough scale (e.g. `Date.now`); injected so tests control time. */
export type Clock = () => number;

/** What a timer needs to be restored later (e.g. after a reload or leaving presenter mode). */
export interface TimerSnapshot {
  /** Time accumulated by the runs that have ended. */
  readonly accumulatedMs: number;
  /** Clock time when the current run started, or `null` while stopped. */
  readonly startedAt: number | null;
}

export interface Timer {
  readonly running: boolean;
  /** Elapsed time in ms (never negative, even if the clock went back). */
  elapsed(): number;
  start(): void;
  stop(): void;
  toggle(): void;
  /** Back to zero, stopped. */
  reset(): void;
  snapshot(): TimerSnapshot;
}

export const STOPPED: TimerSnapshot = Object.freeze({ accumulatedMs: 0, startedAt: null });

/** A snapshot as data from elsewhere (storage) must look. */
export const TimerSnapshotSchema = v.object({
  accumulatedMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
  startedAt: v.nullable(v.pipe(v.number(), v.finite())),
});

/** Reads a snapshot from untrusted data (storage); anything malformed is a fresh timer. */
export function parseTimerSnapshot(value: unknown): TimerSnapshot {
  const result = v.safeParse(TimerSnapshotSchema, value);
  return result.success ? result.output : STOPPED;
}

export function createTimer(clock: Clock, initial: TimerSnapshot = STOPPED): Timer {
  let accumulated = Math.max(0, initial.accumulatedMs);
  let startedAt = initial.startedAt;

  const elapsed = (): number =>
    Math.max(0, accumulated + (startedAt === null ? 0 : clock() - startedAt));

  const timer: Timer = {
    get running() {
      return startedAt !== null;
    },
    elapsed,
    start() {
      if (startedAt === null) startedAt = clock();
    },
    stop() {
      if (startedAt === null) return;
      accumulated = elapsed();
      startedAt = null;
    },
    toggle() {
      if (startedAt === null) timer.start();
      else timer.stop();
    },
    reset() {
      accumulated = 0;
      startedAt = null;
    },
    snapshot: () => ({ accumulatedMs: accumulated, startedAt }),
  };
  return timer;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `MM:SS`, or `H:MM:SS` from an hour on; whole seconds, truncated; negative gets `−`. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const body =
    hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return sign + body;
}

/** Wall-clock time `HH:MM` in the local time zone. */
export function formatClock(epochMs: number): string {
  const date = new Date(epochMs);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Countdown for a lecture of `lengthMs`: time left (rounded up, so it reads 00:00 only when
 * the time is really up) or the overtime.
 */
export function countdown(
  elapsedMs: number,
  lengthMs: number,
): { readonly overtime: boolean; readonly text: string } {
  const left = lengthMs - elapsedMs;
  if (left >= 0) return { overtime: false, text: formatDuration(Math.ceil(left / 1000) * 1000) };
  return { overtime: true, text: `+${formatDuration(-left)}` };
}

/** A few ms past the boundary, so the redraw never lands just before the second changes. */
const TICK_MARGIN_MS = 5;

/**
 * Delay until the display next changes: the next whole second of the elapsed time while the
 * timer runs (so it counts evenly), else the next second of the clock (for the wall clock).
 */
export function nextTickDelay(now: number, timer: Pick<Timer, 'running' | 'elapsed'>): number {
  const phase = timer.running ? timer.elapsed() % 1000 : ((now % 1000) + 1000) % 1000;
  return 1000 - phase + TICK_MARGIN_MS;
}
