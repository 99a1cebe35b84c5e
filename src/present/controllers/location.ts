import type { RenderedSlide, SlideIndex } from '../../model/index.ts';
import { formatHash, parseHash } from '../hash.ts';
import type { Navigator } from '../navigator.ts';

export interface LocationPort {
  readonly location: Pick<Location, 'hash' | 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
  // timing: the port's timer, for the debounced hash write below
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/**
 * `history.replaceState` is a synchronous call into the browser process (0.2–15 ms on a busy
 * machine, and throttled when called too often): the hash is written shortly after the last
 * move instead of inside the key handler.
 */
const WRITE_DELAY_MS = 60;

export interface LocationControllerOptions {
  /** The window (or a fake in unit tests) whose `#N` is kept. */
  readonly window: LocationPort;
  readonly navigator: Navigator;
  readonly slides: () => readonly RenderedSlide[];
  /** Subscribes to slide changes; returns the unsubscribe function. */
  readonly onMove: (listener: (index: SlideIndex) => void) => () => void;
  /** Called with the text of a hash that names no slide. */
  readonly onUnknown: (label: string) => void;
  /** Whether presenter mode is on: the hash is then written as `#pN`. */
  readonly presenter?: () => boolean;
  /** Called when the hash asks for presenter mode on (`#pN`) or off (`#N`). */
  readonly onPresenter?: (on: boolean) => void;
  /**
   * Hash writes wait for this (e.g. the first slide shown): the opening write (`#1` where the
   * URL had none) is a synchronous call into the browser that the first slide need not pay.
   */
  readonly writesAfter?: Promise<unknown>;
}

export interface LocationController {
  /** Writes the hash again soon (e.g. presenter mode changed: `#N` ↔ `#pN`). */
  rewrite(): void;
  dispose(): void;
}

/**
 * Keeps `#N` in the URL in step with the slide, without adding history entries. Applies the
 * current hash when created (create it once the deck is shown) and follows `hashchange`
 * until `dispose()`.
 */
export function createLocationController(options: LocationControllerOptions): LocationController {
  const port = options.window;
  let pending: number | undefined;
  const write = (index: SlideIndex): void => {
    port.clearTimeout(pending);
    pending = undefined;
    const hash = formatHash(index, options.presenter?.() ?? false);
    if (port.location.hash === hash) return;
    const url = new URL(port.location.href);
    url.hash = hash;
    port.history.replaceState(port.history.state, '', url.href);
  };

  const apply = (): void => {
    const target = parseHash(port.location.hash, options.slides());
    if (target.kind === 'slide') {
      if (options.presenter !== undefined && target.presenter !== options.presenter()) {
        options.onPresenter?.(target.presenter);
      }
      options.navigator.goTo(target.index);
    } else if (target.kind === 'unknown') {
      options.onUnknown(target.label);
      options.navigator.first();
    }
    schedule();
  };

  let writable = options.writesAfter === undefined;
  let disposed = false;
  /**
   * The write is skipped when the hash changed after it was scheduled: someone typed a new
   * hash, and its `hashchange` (queued, not yet dispatched) must not find it overwritten with
   * the old slide. Applying that hash schedules a fresh write.
   */
  const schedule = (): void => {
    port.clearTimeout(pending);
    pending = undefined;
    if (!writable) return;
    const seen = port.location.hash;
    // timing: debounces a browser call (the URL write), not what the slide shows
    pending = port.setTimeout(() => {
      pending = undefined;
      if (port.location.hash === seen) write(options.navigator.index);
    }, WRITE_DELAY_MS);
  };

  const unsubscribe = options.onMove(schedule);
  void options.writesAfter?.finally(() => {
    writable = true;
    if (!disposed) schedule();
  });
  port.addEventListener('hashchange', apply);
  apply();
  return {
    rewrite: schedule,
    dispose() {
      disposed = true;
      if (pending !== undefined) write(options.navigator.index);
      unsubscribe();
      port.removeEventListener('hashchange', apply);
    },
  };
}
