/**
 * The slide lifecycle: the one place that decides *when* things happen after a slide change.
 * Views (slideshow, audience, presenter) tell it what to do in each phase of a visit; it owns
 * every timer, frame request, idle request and forced layout of a slide change. Views and
 * widgets never call `setTimeout`/`requestAnimationFrame` for slide timing themselves.
 *
 *   enter(visit)            key press: the view has swapped the visible box (synchronous)
 *     │
 *     │ ── a frame paints the slide; the next task (or NO_FRAME_MS in a hidden window) ──
 *     ▼
 *   parked (earlier visits) cleanup of every slide left since: widgets unmount, iframes
 *     │                     go back to their slots. Never cancelled: it always runs once.
 *   shown                   the slide is on screen: the slideshow mounts its widgets here
 *     │ ├─ idle             when the page is idle (≤ IDLE_TIMEOUT_MS): neighbours rendered
 *     │ │                   and laid out, so the next key press only swaps boxes
 *     │ ── SETTLE_MS more ──
 *     ▼
 *   settled                 the slide stayed: iframes load; the audience window mounts its
 *                           widgets (it shows each slide at once but starts nothing while
 *                           the lecturer flips through)
 *
 *   left                    synchronously, when the next `enter` (or `leave`, `dispose`)
 *                           comes: the visit's shown/settled/idle that have not run yet are
 *                           cancelled, and its `left` runs (e.g. the box is parked out of
 *                           layout). Its `parked` then waits for the next slide's paint.
 *
 * Guarantees: the phases of one visit run in the order shown → idle/settled, each at most
 * once, each in a task of its own after the slide's first paint (never inside the key
 * handler); none runs after the visit was left. `parked` runs exactly once for every visit
 * that defines it: before the next visit's `shown`, or at once on `leave()` and `dispose()`.
 *
 * The timings are the ones the benchmarks justified (bench:deck, bench:live):
 * - after-paint: the key press paints its slide first; a frame callback runs before its
 *   frame paints, so the work goes into a task queued from it;
 * - SETTLE_MS: an embedded video starts a browser process and megabytes of player code, and
 *   widgets start tfjs: flipping past a slide must not pay for that (on 2 cores it stalls
 *   both windows). Nobody presses play sooner;
 * - parking: detaching a frame or unmounting widgets costs 10–20 ms, so it waits for the
 *   next paint instead of delaying it.
 *
 * Shape: `createSlideLifecycle({ window })`, then `enter`/`leave` per slide change and
 * `dispose()` (cancels what is pending and runs the pending `parked`).
 */

/** The timer, frame and idle calls the lifecycle needs (a window, or a fake in unit tests). */
export type LifecycleClock = Pick<
  Window,
  'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'
> &
  Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/** How long a shown slide must stay before it counts as settled. */
export const SETTLE_MS = 300;

/**
 * A frame never comes in a hidden window (a background tab): after this long `shown` runs
 * anyway, so a left slide's video still stops there.
 */
export const NO_FRAME_MS = 100;

/** The longest `idle` waits for an idle period after `shown`. */
export const IDLE_TIMEOUT_MS = 50;

/** What a view does in each phase of one visit of a slide (every phase is optional). */
export interface SlideVisit {
  /** A task after the slide's first paint. */
  readonly shown?: () => void;
  /** After `shown`, once the page is idle (at most IDLE_TIMEOUT_MS later). */
  readonly idle?: () => void;
  /** SETTLE_MS after `shown`, if the slide is still the one shown. */
  readonly settled?: () => void;
  /** Synchronously when the visit ends (next `enter`, `leave`, `dispose`). */
  readonly left?: () => void;
  /** Once after the visit ended: with the next visit's `shown` (before it), or at once. */
  readonly parked?: () => void;
}

export interface SlideLifecycleOptions {
  readonly window: LifecycleClock;
  /** SETTLE_MS unless a test says otherwise. */
  readonly settleMs?: number;
}

export interface SlideLifecycle {
  /** A slide is now shown: ends the current visit (see `left`) and starts this one. */
  enter(visit: SlideVisit): void;
  /** No slide is shown any more: ends the current visit and runs every pending `parked`. */
  leave(): void;
  /**
   * Lays out `element` now (reads its height): for content prepared in idle time, so that
   * the next key press does not pay for the layout.
   */
  layOut(element: HTMLElement): void;
  /** Cancels the pending phases and runs every pending `parked`. */
  dispose(): void;
}

export function createSlideLifecycle(options: SlideLifecycleOptions): SlideLifecycle {
  const clock = options.window;
  const settleMs = options.settleMs ?? SETTLE_MS;
  let visit: SlideVisit | undefined;
  /** Cleanups of left visits, waiting for the next paint. */
  let parking: (() => void)[] = [];
  let frame: number | undefined;
  let timers: number[] = [];
  let idleRequest: number | undefined;

  const cancel = (): void => {
    if (frame !== undefined) clock.cancelAnimationFrame(frame);
    frame = undefined;
    for (const id of timers) clock.clearTimeout(id);
    timers = [];
    if (idleRequest !== undefined) clock.cancelIdleCallback?.(idleRequest);
    idleRequest = undefined;
  };
  const later = (work: () => void, ms: number): void => {
    const id = clock.setTimeout(() => {
      timers = timers.filter((t) => t !== id);
      work();
    }, ms);
    timers.push(id);
  };
  const runParked = (): void => {
    const due = parking;
    parking = [];
    for (const park of due) park();
  };
  const end = (): void => {
    cancel();
    const left = visit;
    visit = undefined;
    left?.left?.();
    if (left?.parked !== undefined) parking.push(left.parked);
  };

  const whenIdle = (work: () => void): void => {
    if (typeof clock.requestIdleCallback === 'function') {
      idleRequest = clock.requestIdleCallback(
        () => {
          idleRequest = undefined;
          work();
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    } else later(work, 0);
  };

  const shown = (current: SlideVisit): void => {
    // Only the current visit's timers are pending: a left visit never reaches this.
    cancel();
    runParked();
    current.shown?.();
    if (visit !== current) return; // `shown` moved on (e.g. it entered another slide)
    if (current.idle !== undefined) whenIdle(current.idle);
    if (current.settled === undefined) return;
    if (settleMs === 0) current.settled();
    else later(() => current.settled?.(), settleMs);
  };

  return {
    enter(next) {
      end();
      visit = next;
      let done = false;
      const run = (): void => {
        if (done || visit !== next) return;
        done = true;
        shown(next);
      };
      // The frame callback runs before that frame paints; the task queued from it runs after.
      frame = clock.requestAnimationFrame(() => {
        frame = undefined;
        for (const id of timers) clock.clearTimeout(id); // the no-frame fallback
        timers = [];
        later(run, 0);
      });
      later(run, NO_FRAME_MS);
    },
    leave() {
      end();
      runParked();
    },
    layOut(element) {
      void element.offsetHeight;
    },
    dispose() {
      end();
      runParked();
    },
  };
}

/**
 * Runs `work` in a task of its own (the current task and the microtasks it queued finish
 * first): whoever awaits something in this task sees its result before `work` starts.
 * Returns a cancel function.
 */
export function nextTask(clock: LifecycleClock, work: () => void): () => void {
  const id = clock.setTimeout(work, 0);
  return () => clock.clearTimeout(id);
}

/**
 * Lays out the whole document now (readiness: the fonts the shown content uses are requested
 * by layout, so `document.fonts.ready` only means something after it).
 */
export function layOutDocument(doc: Document): void {
  void doc.body.offsetHeight;
}
