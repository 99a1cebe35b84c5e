/** Which entry of a scrolling column the reader is at, from the scroll position. */
export interface ScrollTracker {
  /** Holds `index` as current until the reader scrolls it out of view (a jump by key or link). */
  pin(index: number): void;
  /** The pinned entry, if any. */
  readonly pinned: number | undefined;
  dispose(): void;
}

/** The reading line: an entry is current once its top passes this fraction of the window. */
const READING_LINE = 0.3;

/**
 * Calls `onCurrent` with the last entry whose top is above the reading line, once per frame
 * while the page scrolls. After a jump (`pin`), the jumped-to entry stays current until the
 * reader scrolls by hand or it leaves the window (the last entries cannot reach the top).
 */
export function createScrollTracker(
  win: Window,
  entries: () => readonly HTMLElement[],
  onCurrent: (index: number) => void,
): ScrollTracker {
  let pinned: number | undefined;
  let frame: number | undefined;

  const visible = (element: HTMLElement): boolean => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < win.innerHeight;
  };

  const currentEntry = (list: readonly HTMLElement[]): number => {
    const line = win.innerHeight * READING_LINE;
    let lo = 0;
    let hi = list.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const top = (list[mid] as HTMLElement).getBoundingClientRect().top;
      if (top <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  const update = (): void => {
    frame = undefined;
    const list = entries();
    if (list.length === 0) return;
    if (pinned !== undefined) {
      const element = list[pinned];
      if (element !== undefined && visible(element)) return;
      pinned = undefined;
    }
    onCurrent(currentEntry(list));
  };
  const onScroll = (): void => {
    // timing: one current-entry update per frame while the review column scrolls
    frame ??= win.requestAnimationFrame(update);
  };
  const unpin = (): void => {
    pinned = undefined;
  };
  const onKey = (event: Event): void => {
    // Keys the deck did not take (Space, PageDown…) scroll the page natively.
    if (!event.defaultPrevented) unpin();
  };

  win.addEventListener('scroll', onScroll, { passive: true });
  win.addEventListener('wheel', unpin, { passive: true });
  win.addEventListener('touchmove', unpin, { passive: true });
  win.addEventListener('pointerdown', unpin);
  win.addEventListener('keydown', onKey);
  return {
    pin(index) {
      pinned = index;
    },
    get pinned() {
      return pinned;
    },
    dispose() {
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      win.removeEventListener('scroll', onScroll);
      win.removeEventListener('wheel', unpin);
      win.removeEventListener('touchmove', unpin);
      win.removeEventListener('pointerdown', unpin);
      win.removeEventListener('keydown', onKey);
    },
  };
}
