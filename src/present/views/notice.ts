import { displayRequested } from '../deckChoice.ts';

export interface NoticeView {
  /** Shows a short message that fades away after `ms`. */
  show(text: string, ms?: number): void;
  dispose(): void;
}

export function createNoticeView(parent: HTMLElement): NoticeView {
  const doc = parent.ownerDocument;
  const element = doc.createElement('div');
  element.className = 'deck-notice';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  parent.append(element);
  const win = doc.defaultView;
  // timing: the notice's display time (not slide timing)
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    show(text, ms = 5000) {
      clear();
      element.textContent = text;
      element.classList.remove('is-fading');
      element.classList.add('is-visible');
      // timing: the notice's display time
      timer = (win ?? globalThis).setTimeout(() => {
        element.classList.add('is-fading');
        timer = undefined;
      }, ms);
    },
    dispose() {
      clear();
      element.remove();
    },
  };
}

/**
 * The notice for a hash that names no slide. The hash is shown as `?p=` values are (see
 * `displayRequested`): control and bidi characters replaced, long values shortened.
 */
export function slideNotFoundNotice(label: string): string {
  return `Слайд «${displayRequested(label)}» не знайдено — показано перший слайд`;
}
