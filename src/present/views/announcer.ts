export interface Announcer {
  /**
   * Read out by screen readers (polite): e.g. «Слайд 5 з 79». Written shortly after the last
   * call, so quick moves announce only the slide they end on and a key press never pays for it.
   */
  announce(text: string): void;
  dispose(): void;
}

const SETTLE_MS = 120;

/** A visually hidden aria-live region. */
export function createAnnouncer(parent: HTMLElement): Announcer {
  const doc = parent.ownerDocument;
  const win = doc.defaultView;
  const element = doc.createElement('div');
  element.className = 'deck-announcer';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-atomic', 'true');
  parent.append(element);
  let timer: number | undefined;
  return {
    announce(text) {
      if (win === null) return;
      if (timer !== undefined) win.clearTimeout(timer);
      // timing: a screen reader hears only where the lecturer stops (text debounce, not slides)
      timer = win.setTimeout(() => {
        timer = undefined;
        if (element.textContent !== text) element.textContent = text;
      }, SETTLE_MS);
    },
    dispose() {
      if (timer !== undefined) win?.clearTimeout(timer);
      element.remove();
    },
  };
}

/** The slide change announcement. */
export const slideAnnouncement = (number: number, total: number): string =>
  `Слайд ${number} з ${total}`;
