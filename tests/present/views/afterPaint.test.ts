import { describe, expect, it } from 'vitest';
import { afterPaint, NO_FRAME_MS, type PaintClock } from '../../../src/present/views/afterPaint.ts';

/** A hand-driven clock: frames and timers run only when the test says so. */
function fakeClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  const clock: PaintClock = {
    requestAnimationFrame: (cb) => {
      const id = next++;
      frames.set(id, () => cb(now));
      return id;
    },
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: ((run: () => void, ms = 0) => {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    }) as PaintClock['setTimeout'],
    clearTimeout: (id) => void timers.delete(id ?? -1),
  };
  return {
    clock,
    /** Runs the pending frame callbacks (one frame painted). */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb();
    },
    /** Advances time, running due timers in order. */
    advance(ms: number) {
      now += ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= now)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) return;
        timers.delete(due[0]);
        due[1].run();
      }
    },
    pending: () => frames.size + timers.size,
  };
}

describe('afterPaint', () => {
  it('waits `delayMs` more after the frame (and after the no-frame fallback)', () => {
    const t = fakeClock();
    const log: string[] = [];
    afterPaint(t.clock, () => log.push('work'), 300);
    t.frame();
    t.advance(299);
    expect(log).toEqual([]);
    t.advance(1);
    expect(log).toEqual(['work']);

    const hidden = fakeClock(); // no frame ever comes
    afterPaint(hidden.clock, () => log.push('hidden'), 300);
    hidden.advance(NO_FRAME_MS + 299);
    expect(log).toEqual(['work']);
    hidden.advance(1);
    expect(log).toEqual(['work', 'hidden']);
  });

  it('runs the work in a task after the next frame, not inside the frame callback', () => {
    const t = fakeClock();
    const log: string[] = [];
    afterPaint(t.clock, () => log.push('work'));
    t.advance(0);
    expect(log).toEqual([]);
    t.frame();
    expect(log).toEqual([]); // still painting
    t.advance(0);
    expect(log).toEqual(['work']);
    t.advance(NO_FRAME_MS * 2);
    expect(log).toEqual(['work']); // once only
    expect(t.pending()).toBe(0);
  });

  it('runs the work anyway when no frame comes (a hidden window)', () => {
    const t = fakeClock();
    const log: string[] = [];
    afterPaint(t.clock, () => log.push('work'));
    t.advance(NO_FRAME_MS - 1);
    expect(log).toEqual([]);
    t.advance(1);
    expect(log).toEqual(['work']);
    t.frame();
    t.advance(NO_FRAME_MS);
    expect(log).toEqual(['work']);
    expect(t.pending()).toBe(0);
  });

  it('never runs cancelled work, before or after the frame', () => {
    const t = fakeClock();
    const log: string[] = [];
    afterPaint(t.clock, () => log.push('a'))();
    const cancelB = afterPaint(t.clock, () => log.push('b'));
    t.frame();
    cancelB();
    t.advance(NO_FRAME_MS * 2);
    expect(log).toEqual([]);
    expect(t.pending()).toBe(0);
  });
});
