import { fitScale, type Size } from '../../scale.ts';

export interface FrameFitter {
  /** Sets the reference size (e.g. after the deck ratio changed) and re-fits. */
  setSize(size: Size): void;
  dispose(): void;
}

/**
 * Scales `frame` (laid out at the slide's reference size) to fit `container`, centred
 * horizontally and at the top (right under the panel's caption). The
 * container's size comes from a ResizeObserver, which reports after layout and before paint:
 * no forced layout, and the first paint is already at the right scale.
 */
export function fitFrame(frame: HTMLElement, container: HTMLElement, initial: Size): FrameFitter {
  const win = container.ownerDocument.defaultView;
  let size = initial;
  let box: Size = { width: 0, height: 0 };
  const apply = (): void => {
    const scale = box.width > 0 && box.height > 0 ? fitScale(size, box) : 0;
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    frame.style.top = '0';
    frame.style.transformOrigin = '50% 0';
    frame.style.transform = `translateX(-50%) scale(${scale})`;
  };
  const observer =
    win === null
      ? undefined
      : new win.ResizeObserver((entries) => {
          const rect = entries[entries.length - 1]?.contentRect;
          if (rect === undefined) return;
          box = { width: rect.width, height: rect.height };
          apply();
        });
  observer?.observe(container);
  apply();
  return {
    setSize(next) {
      size = next;
      apply();
    },
    dispose() {
      observer?.disconnect();
    },
  };
}
