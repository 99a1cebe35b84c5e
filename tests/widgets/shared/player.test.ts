import { describe, expect, it } from 'vitest';
import { createPlayer, type PlayerState, type Timers } from '../../../src/widgets/shared/player.ts';

function fakeTimers() {
  const active = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    setInterval(handler) {
      active.set(next, handler);
      return next++;
    },
    clearInterval(id) {
      active.delete(id);
    },
  };
  const tick = () => {
    for (const handler of [...active.values()]) handler();
  };
  return { timers, active, tick };
}

function setup(steps = 3) {
  const clock = fakeTimers();
  const seen: [number, PlayerState][] = [];
  const player = createPlayer({
    steps,
    intervalMs: 100,
    timers: clock.timers,
    onChange: (p, s) => seen.push([p, s]),
  });
  return { player, seen, clock };
}

describe('createPlayer', () => {
  it('plays to the end one step per tick, then stops its timer and is done', () => {
    const { player, seen, clock } = setup(3);
    player.play();
    clock.tick();
    clock.tick();
    clock.tick();
    clock.tick();
    expect(seen).toEqual([
      [0, 'running'],
      [1, 'running'],
      [2, 'running'],
      [3, 'done'],
    ]);
    expect(clock.active.size).toBe(0);
  });

  it('steps, goes back, clamps, resets and finishes while paused', () => {
    const { player, seen } = setup(2);
    player.step();
    player.step();
    player.step();
    player.step(-1);
    player.reset();
    player.step(-1);
    player.finish();
    expect(seen.map(([p]) => p)).toEqual([1, 2, 2, 1, 0, 0, 2]);
    expect(player.state).toBe('done');
  });

  it('pauses on a manual step and restarts from 0 when played at the end', () => {
    const { player, clock } = setup(2);
    player.play();
    player.step();
    expect(player.state).toBe('idle');
    expect(clock.active.size).toBe(0);
    player.finish();
    player.play();
    expect(player.position).toBe(0);
    expect(player.state).toBe('running');
  });

  it('keeps the position when the step count changes, clamped to it', () => {
    const { player } = setup(10);
    player.step(7);
    player.setSteps(4);
    expect(player.position).toBe(4);
    expect(player.state).toBe('done');
  });

  it('dispose clears the timer', () => {
    const { player, clock } = setup(5);
    player.play();
    player.dispose();
    expect(clock.active.size).toBe(0);
  });
});
