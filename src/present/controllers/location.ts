import type { RenderedSlide, SlideIndex } from '../../model/index.ts';
import { formatHash, parseHash } from '../hash.ts';
import type { Navigator } from '../navigator.ts';

export interface LocationPort {
  readonly location: Pick<Location, 'hash' | 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface LocationControllerOptions {
  readonly navigator: Navigator;
  readonly slides: () => readonly RenderedSlide[];
  /** Subscribes to slide changes; returns the unsubscribe function. */
  readonly onMove: (listener: (index: SlideIndex) => void) => () => void;
  /** Called with the text of a hash that names no slide. */
  readonly onUnknown: (label: string) => void;
}

export interface LocationController {
  /** Applies the current hash (call once after the deck is shown). */
  start(): void;
  dispose(): void;
}

/** Keeps `#N` in the URL in step with the slide, without adding history entries. */
export function createLocationController(
  port: LocationPort,
  options: LocationControllerOptions,
): LocationController {
  const write = (index: SlideIndex): void => {
    const hash = formatHash(index);
    if (port.location.hash === hash) return;
    const url = new URL(port.location.href);
    url.hash = hash;
    port.history.replaceState(port.history.state, '', url.href);
  };

  const apply = (): void => {
    const target = parseHash(port.location.hash, options.slides());
    if (target.kind === 'slide') options.navigator.goTo(target.index);
    else if (target.kind === 'unknown') {
      options.onUnknown(target.label);
      options.navigator.first();
    }
    write(options.navigator.index);
  };

  const unsubscribe = options.onMove(write);
  return {
    start() {
      port.addEventListener('hashchange', apply);
      apply();
    },
    dispose() {
      unsubscribe();
      port.removeEventListener('hashchange', apply);
    },
  };
}
