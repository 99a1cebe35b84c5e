/**
 * Creating an `<iframe>` starts a browsing context synchronously (several ms): slides swap
 * their iframes for same-sized slots and put them back one task later, so a key press only
 * pays for the slide's own layout.
 */
export interface DeferredEmbeds {
  /** Puts the iframes back into their slots. */
  mount(): void;
  readonly count: number;
}

export function deferEmbeds(fragment: DocumentFragment): DeferredEmbeds {
  const swaps: { slot: HTMLElement; frame: HTMLIFrameElement }[] = [];
  for (const frame of fragment.querySelectorAll('iframe')) {
    const slot = frame.ownerDocument.createElement('span');
    slot.className = 'embed-slot';
    const width = frame.getAttribute('width');
    const height = frame.getAttribute('height');
    if (width && /^\d+$/.test(width)) slot.style.width = `${width}px`;
    if (height && /^\d+$/.test(height)) slot.style.height = `${height}px`;
    frame.replaceWith(slot);
    swaps.push({ slot, frame });
  }
  return {
    count: swaps.length,
    mount() {
      for (const { slot, frame } of swaps.splice(0)) {
        if (slot.isConnected) slot.replaceWith(frame);
      }
    },
  };
}
