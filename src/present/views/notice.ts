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
