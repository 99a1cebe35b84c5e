import type { NavCommand } from '../commands.ts';

/** A finished touch: from touchstart to touchend. */
export interface TouchTrace {
  readonly dx: number;
  readonly dy: number;
  readonly ms: number;
  /** Where it started, and the width of the area (for tap halves). */
  readonly x: number;
  readonly width: number;
}

export const SWIPE_MIN_PX = 50;
const TAP_MAX_PX = 10;
const TAP_MAX_MS = 500;

/** Swipe left = next, swipe right = previous; a tap on the right half = next, left = previous. */
export function classifyTouch(trace: TouchTrace): NavCommand | undefined {
  const ax = Math.abs(trace.dx);
  const ay = Math.abs(trace.dy);
  if (ax >= SWIPE_MIN_PX && ax > 1.5 * ay) return trace.dx < 0 ? 'next' : 'previous';
  if (ax <= TAP_MAX_PX && ay <= TAP_MAX_PX && trace.ms <= TAP_MAX_MS && trace.width > 0) {
    return trace.x >= trace.width / 2 ? 'next' : 'previous';
  }
  return undefined;
}

export interface WheelGesture {
  /** Feeds one wheel event; returns the move it starts, or 0 when it belongs to a gesture. */
  feed(timeMs: number, deltaX: number, deltaY: number): -1 | 0 | 1;
}

export interface WheelGestureOptions {
  /** A pause this long ends a gesture (inertial trackpad events come every ~16 ms). */
  readonly quietMs?: number;
  /** Deltas smaller than this never start a move (jitter, the tail of inertia). */
  readonly minDelta?: number;
}

/**
 * One slide per wheel gesture: the first event of a gesture moves, every event that follows
 * within `quietMs` of the previous one (a long inertial scroll included) is swallowed.
 */
export function createWheelGesture(options: WheelGestureOptions = {}): WheelGesture {
  const quietMs = options.quietMs ?? 250;
  const minDelta = options.minDelta ?? 4;
  let last = Number.NEGATIVE_INFINITY;
  return {
    feed(time, deltaX, deltaY) {
      const within = time - last < quietMs;
      last = time;
      if (within) return 0;
      const delta = Math.abs(deltaX) > Math.abs(deltaY) ? deltaX : deltaY;
      if (Math.abs(delta) < minDelta) return 0;
      return delta > 0 ? 1 : -1;
    },
  };
}
