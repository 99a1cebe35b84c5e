import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSlideLifecycle,
  IDLE_TIMEOUT_MS,
  type LifecycleClock,
  NO_FRAME_MS,
  nextTask,
  SETTLE_MS,
  type SlideVisit,
} from '../../src/present/lifecycle.ts';

/**
 * The fake timers drive `setTimeout`; frames run only when the test paints one (a frame is a
 * hand-driven queue, so "before the frame" and "in a hidden window" can both be tested).
 */
function fakeWindow(options: { idle?: boolean } = {}) {
  let next = 1;
  const frames = new Map<number, FrameRequestCallback>();
  const clock: LifecycleClock = {
    requestAnimationFrame: (cb) => {
      const id = next++;
      frames.set(id, cb);
      return id;
    },
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: ((run: () => void, ms?: number) =>
      globalThis.setTimeout(run, ms)) as unknown as LifecycleClock['setTimeout'],
    clearTimeout: (id) => globalThis.clearTimeout(id),
  };
  const paint = (): void => {
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb(0);
  };
  if (options.idle === true) {
    // An idle period comes when the test says so; its timeout is a timer like any other.
    const idles = new Map<number, { run: () => void; timer: ReturnType<typeof setTimeout> }>();
    Object.assign(clock, {
      requestIdleCallback: (cb: IdleRequestCallback, o?: IdleRequestOptions) => {
        const id = next++;
        const run = (): void => {
          const entry = idles.get(id);
          if (entry === undefined) return;
          idles.delete(id);
          globalThis.clearTimeout(entry.timer);
          cb({ didTimeout: false, timeRemaining: () => 10 });
        };
        idles.set(id, { run, timer: globalThis.setTimeout(run, o?.timeout ?? 1e9) });
        return id;
      },
      cancelIdleCallback: (id: number) => {
        const entry = idles.get(id);
        if (entry !== undefined) globalThis.clearTimeout(entry.timer);
        idles.delete(id);
      },
    });
    return { clock, paint, idle: () => [...idles.values()].map((e) => e.run()) };
  }
  return { clock, paint, idle: () => undefined };
}

/** A visit that logs its phases as `name:phase`. */
const logged = (log: string[], name: string): SlideVisit => ({
  shown: () => log.push(`${name}:shown`),
  idle: () => log.push(`${name}:idle`),
  settled: () => log.push(`${name}:settled`),
  left: () => log.push(`${name}:left`),
  parked: () => log.push(`${name}:parked`),
});

/**
 * A lifecycle on a fake window, with `enter(name)`: a slide whose phases go to `log` as
 * `name:phase`.
 */
function loggedLifecycle(options: { idle?: boolean; settleMs?: number } = {}) {
  const w = fakeWindow(options);
  const lifecycle = createSlideLifecycle({
    window: w.clock,
    ...(options.settleMs === undefined ? {} : { settleMs: options.settleMs }),
  });
  const log: string[] = [];
  const enter = (name: string): void => lifecycle.enter(logged(log, name));
  return { ...w, lifecycle, log, enter };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('slide lifecycle', () => {
  it('runs shown (a task after the paint), idle, then settled SETTLE_MS after shown', () => {
    const w = fakeWindow();
    const lifecycle = createSlideLifecycle({ window: w.clock });
    const log: string[] = [];
    const t0 = Date.now(); // the fake clock's
    const at = (phase: string) => () => log.push(`${phase}@${Date.now() - t0}`);
    lifecycle.enter({
      shown: at('shown'),
      idle: at('idle'),
      settled: at('settled'),
      left: at('left'),
      parked: at('parked'),
    });
    vi.advanceTimersByTime(0);
    expect(log).toEqual([]); // nothing before the slide is painted
    vi.advanceTimersByTime(20);
    w.paint();
    expect(log).toEqual([]); // the frame callback runs before the paint: still waiting
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['shown@20']); // a task after the frame
    vi.advanceTimersByTime(10 * SETTLE_MS);
    // idle: the next task (no requestIdleCallback here); each phase once.
    expect(log).toEqual(['shown@20', 'idle@21', `settled@${20 + SETTLE_MS}`]);
    expect(vi.getTimerCount()).toBe(0);
    lifecycle.dispose();
    expect(log.slice(3)).toEqual([`left@${20 + 10 * SETTLE_MS}`, `parked@${20 + 10 * SETTLE_MS}`]);
  });

  it('shows the slide anyway when no frame comes (a hidden window)', () => {
    const { lifecycle, log, enter, paint } = loggedLifecycle();
    enter('a');
    vi.advanceTimersByTime(NO_FRAME_MS - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['a:shown']);
    paint(); // a late frame changes nothing
    vi.advanceTimersByTime(SETTLE_MS);
    expect(log).toEqual(['a:shown', 'a:idle', 'a:settled']);
    lifecycle.dispose();
  });

  it('cancels the phases of a slide left early; its parked runs with the next shown', () => {
    const { lifecycle, log, enter, paint } = loggedLifecycle();
    enter('a');
    paint();
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['a:shown']);
    // Left before it settled: a:left at once, a:idle and a:settled never.
    enter('b');
    expect(log).toEqual(['a:shown', 'a:left']);
    vi.advanceTimersByTime(NO_FRAME_MS - 1); // b is not painted yet; a is over
    expect(log).toEqual(['a:shown', 'a:left']);
    // Left before it was even painted: b:shown never, but b:parked still runs.
    enter('c');
    expect(log).toEqual(['a:shown', 'a:left', 'b:left']);
    paint();
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['a:shown', 'a:left', 'b:left', 'a:parked', 'b:parked', 'c:shown']);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(log.slice(6)).toEqual(['c:idle', 'c:settled']);
    expect(vi.getTimerCount()).toBe(0);
    lifecycle.dispose();
  });

  it('runs pending parked at once on leave and dispose, and nothing after dispose', () => {
    const { lifecycle, log, enter, paint } = loggedLifecycle();
    enter('a');
    lifecycle.leave();
    expect(log).toEqual(['a:left', 'a:parked']);
    enter('b');
    enter('c');
    lifecycle.dispose();
    expect(log.slice(2)).toEqual(['b:left', 'c:left', 'b:parked', 'c:parked']);
    paint();
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(log).toHaveLength(6);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits for an idle period (at most IDLE_TIMEOUT_MS) where the browser has one', () => {
    const { lifecycle, log, enter, paint, idle } = loggedLifecycle({ idle: true });
    enter('a');
    paint();
    vi.advanceTimersByTime(0);
    idle();
    expect(log).toEqual(['a:shown', 'a:idle']);
    enter('b');
    paint();
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS - 1);
    expect(log.slice(4)).toEqual(['b:shown']);
    vi.advanceTimersByTime(1); // no idle period came: the timeout runs it
    expect(log.slice(4)).toEqual(['b:shown', 'b:idle']);
    enter('c'); // left before idle: its request is cancelled
    paint();
    vi.advanceTimersByTime(0);
    enter('d');
    idle();
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    expect(log).not.toContain('c:idle');
    lifecycle.dispose();
  });

  it('with a settle time of 0, settled runs right after shown, in the same task', () => {
    const { lifecycle, log, enter, paint } = loggedLifecycle({ settleMs: 0 });
    enter('a');
    paint();
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['a:shown', 'a:settled']);
    lifecycle.dispose();
  });

  it('nextTask runs after the current task and can be cancelled', () => {
    const w = fakeWindow();
    const log: string[] = [];
    nextTask(w.clock, () => log.push('later'));
    const cancel = nextTask(w.clock, () => log.push('never'));
    cancel();
    log.push('now');
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['now', 'later']);
  });
});
