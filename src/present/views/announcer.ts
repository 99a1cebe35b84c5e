export interface Announcer {
  /** Read out by screen readers (polite): e.g. «Слайд 5 з 79». */
  announce(text: string): void;
  dispose(): void;
}

/** A visually hidden aria-live region. */
export function createAnnouncer(parent: HTMLElement): Announcer {
  const element = parent.ownerDocument.createElement('div');
  element.className = 'deck-announcer';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-atomic', 'true');
  parent.append(element);
  return {
    announce(text) {
      if (element.textContent !== text) element.textContent = text;
    },
    dispose() {
      element.remove();
    },
  };
}

/** The slide change announcement. */
export const slideAnnouncement = (number: number, total: number): string =>
  `Слайд ${number} з ${total}`;
