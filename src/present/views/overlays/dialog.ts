export interface DialogOptions {
  readonly className: string;
  /** The visible heading, also the dialog's accessible name (Ukrainian). */
  readonly title: string;
  /** Esc, the close button, a click on the backdrop or one of `closeKeys`. */
  readonly onClose: () => void;
  /** Keys (KeyboardEvent.key) that close it too, e.g. `h` for help; never inside a field. */
  readonly closeKeys?: readonly string[];
}

export interface DialogShell {
  readonly dialog: HTMLDialogElement;
  /** Where the overlay puts its content. */
  readonly body: HTMLElement;
  dispose(): void;
}

/**
 * A modal dialog over the slide: focus moves into it when it opens (the rest of the page is
 * inert) and goes back where it was when it closes. Marked `data-takes-keys`, so the deck's
 * keys do not act while it is open.
 */
export function createDialog(parent: HTMLElement, options: DialogOptions): DialogShell {
  const doc = parent.ownerDocument;
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const dialog = doc.createElement('dialog');
  dialog.className = `deck-overlay ${options.className}`;
  dialog.dataset.takesKeys = '';
  // One overlay is open at a time: its class names the heading uniquely.
  const headingId = `${options.className}-title`;
  dialog.setAttribute('aria-labelledby', headingId);

  const header = doc.createElement('header');
  header.className = 'deck-overlay-header';
  const heading = doc.createElement('h2');
  heading.id = headingId;
  heading.textContent = options.title;
  const closeButton = doc.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'deck-overlay-close';
  closeButton.setAttribute('aria-label', 'Закрити');
  closeButton.textContent = '×';
  header.append(heading, closeButton);
  const body = doc.createElement('div');
  body.className = 'deck-overlay-body';
  // The body scrolls: keyboard users reach it with Tab and scroll it with the arrows.
  body.tabIndex = 0;
  dialog.append(header, body);

  const onCancel = (event: Event): void => {
    event.preventDefault();
    options.onClose();
  };
  const onClick = (event: MouseEvent): void => {
    if (event.target === dialog || event.target === closeButton) options.onClose();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const inField = event.target instanceof Element && event.target.closest('input, textarea');
    if (!inField && options.closeKeys?.includes(event.key)) {
      event.preventDefault();
      options.onClose();
    }
  };
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('click', onClick);
  dialog.addEventListener('keydown', onKeyDown);
  parent.append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');

  return {
    dialog,
    body,
    dispose() {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      dialog.remove();
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    },
  };
}
