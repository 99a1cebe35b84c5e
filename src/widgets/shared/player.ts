/** What the animation is doing; `error` is set by the frame when params are bad. */
export type PlayerState = 'idle' | 'running' | 'done';

export interface Timers {
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
}

export interface PlayerOptions {
  /** Number of animation steps; position runs from 0 (nothing shown) to `steps`. */
  readonly steps: number;
  readonly intervalMs: number;
  readonly timers: Timers;
  /** Called after every change of position or state. */
  readonly onChange: (position: number, state: PlayerState) => void;
}

export interface Player {
  readonly position: number;
  readonly steps: number;
  readonly state: PlayerState;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Pauses and moves by `delta` steps (clamped). */
  step(delta?: number): void;
  reset(): void;
  finish(): void;
  /** New step count (the content changed); keeps the position when it still fits. */
  setSteps(steps: number, intervalMs?: number): void;
  dispose(): void;
}

/**
 * A step animation: position 0 … steps, a timer while running, `done` at the end.
 * No DOM: the timers are injected, so it runs (and is tested) anywhere.
 */
export function createPlayer(options: PlayerOptions): Player {
  const { timers, onChange } = options;
  let steps = Math.max(0, Math.floor(options.steps));
  let intervalMs = options.intervalMs;
  let position = 0;
  let timer: number | undefined;

  const state = (): PlayerState =>
    timer !== undefined ? 'running' : position >= steps ? 'done' : 'idle';
  const emit = (): void => onChange(position, state());
  const stopTimer = (): void => {
    if (timer !== undefined) timers.clearInterval(timer);
    timer = undefined;
  };
  const tick = (): void => {
    position = Math.min(steps, position + 1);
    if (position >= steps) stopTimer();
    emit();
  };

  const player: Player = {
    get position() {
      return position;
    },
    get steps() {
      return steps;
    },
    get state() {
      return state();
    },
    play() {
      if (timer !== undefined || steps === 0) return;
      if (position >= steps) position = 0;
      // timing: a widget's own animation steps (not slide timing)
      timer = timers.setInterval(tick, intervalMs);
      emit();
    },
    pause() {
      if (timer === undefined) return;
      stopTimer();
      emit();
    },
    toggle() {
      if (timer === undefined) player.play();
      else player.pause();
    },
    step(delta = 1) {
      stopTimer();
      position = Math.max(0, Math.min(steps, position + delta));
      emit();
    },
    reset() {
      stopTimer();
      position = 0;
      emit();
    },
    finish() {
      stopTimer();
      position = steps;
      emit();
    },
    setSteps(next, nextInterval) {
      const running = timer !== undefined;
      stopTimer();
      steps = Math.max(0, Math.floor(next));
      if (nextInterval !== undefined) intervalMs = nextInterval;
      position = Math.min(position, steps);
      // timing: a widget's own animation steps (not slide timing)
      if (running && position < steps) timer = timers.setInterval(tick, intervalMs);
      emit();
    },
    dispose() {
      stopTimer();
    },
  };
  return player;
}
