import { describe, expect, it } from 'vitest';
import { classifyTouch, createWheelGesture } from '../../../src/present/controllers/gestures.ts';

describe('classifyTouch', () => {
  const touch = (dx: number, dy: number, x = 500, ms = 200) =>
    classifyTouch({ dx, dy, ms, x, width: 1000 });

  it('swipe left is next, swipe right is previous', () => {
    expect(touch(-120, 10)).toBe('next');
    expect(touch(120, -10)).toBe('previous');
  });

  it('ignores mostly vertical or short drags', () => {
    expect(touch(-60, 80)).toBeUndefined();
    expect(touch(-30, 0)).toBeUndefined();
  });

  it('a tap on the right half is next, on the left half previous', () => {
    expect(touch(2, 3, 800)).toBe('next');
    expect(touch(0, 0, 200)).toBe('previous');
  });

  it('a long press is not a tap', () => {
    expect(touch(0, 0, 800, 900)).toBeUndefined();
  });
});

describe('wheel gesture', () => {
  /** Feeds events every `gap` ms; returns the moves. */
  const feed = (deltas: readonly number[], gap: number, start = 1000) => {
    const wheel = createWheelGesture({ quietMs: 250 });
    return deltas.map((d, i) => wheel.feed(start + i * gap, 0, d)).filter((m) => m !== 0);
  };

  it('a long inertial trackpad scroll is one move', () => {
    // 2 s of events every 16 ms with decaying deltas.
    const deltas = Array.from({ length: 125 }, (_, i) => Math.max(1, 120 * 0.97 ** i));
    expect(feed(deltas, 16)).toEqual([1]);
  });

  it('wheel clicks with pauses between them are separate moves', () => {
    const wheel = createWheelGesture({ quietMs: 250 });
    expect([wheel.feed(0, 0, 100), wheel.feed(400, 0, 100), wheel.feed(800, 0, -100)]).toEqual([
      1, 1, -1,
    ]);
  });

  it('uses the larger axis and ignores jitter', () => {
    const wheel = createWheelGesture({ quietMs: 250 });
    expect(wheel.feed(0, -80, 5)).toBe(-1);
    expect(wheel.feed(1000, 1, 2)).toBe(0);
  });
});
