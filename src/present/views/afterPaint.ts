/** The timer and frame calls `afterPaint` needs (a window, or a fake in unit tests). */
export type PaintClock = Pick<
  Window,
  'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'
>;

/**
 * A frame never comes in a hidden window (a background tab): after this long the work runs
 * anyway, so a left slide's video still stops there.
 */
export const NO_FRAME_MS = 100;

/**
 * Runs `work` in a task of its own after the next frame is painted (and `delayMs` more): a
 * key press shows its slide first; what can wait a frame (iframes in and out, widgets
 * mounting) comes after. Returns a cancel function; `work` runs at most once.
 */
export function afterPaint(clock: PaintClock, work: () => void, delayMs = 0): () => void {
  let frame: number | undefined;
  let task: number | undefined;
  let fallback: number | undefined;
  let done = false;
  const cancel = (): void => {
    if (frame !== undefined) clock.cancelAnimationFrame(frame);
    clock.clearTimeout(task);
    clock.clearTimeout(fallback);
    frame = task = fallback = undefined;
  };
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    work();
  };
  // The frame callback runs before that frame paints; the task queued from it runs after.
  frame = clock.requestAnimationFrame(() => {
    frame = undefined;
    clock.clearTimeout(fallback);
    fallback = undefined;
    task = clock.setTimeout(run, delayMs);
  });
  fallback = clock.setTimeout(run, NO_FRAME_MS + delayMs);
  return () => {
    done = true;
    cancel();
  };
}
