import type { Command } from '../commands.ts';
import { classifyTouch, createWheelGesture } from './gestures.ts';

export interface PointerControllers {
  dispose(): void;
}

/**
 * Taps and swipes on these stay with the element (links, controls, widgets, media, overlays):
 * they never move the slide.
 */
const INTERACTIVE =
  'a, button, input, select, textarea, label, summary, video, audio, iframe, dialog, [contenteditable], [data-takes-keys], [data-widget], [data-widget-id]';

const ignored = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest(INTERACTIVE) !== null;

/**
 * Touch (swipe, tap halves) and wheel/trackpad (one slide per gesture) navigation, while
 * `active()` says so (views that scroll, such as review, keep the wheel and touch).
 */
export interface PointerControllerOptions {
  /** The element whose touches and wheel move slides. */
  readonly area: HTMLElement;
  readonly window: Window;
  readonly dispatch: (command: Command) => void;
  /** Whether pointer navigation applies now (default: always). */
  readonly active?: () => boolean;
}

export function createPointerControllers(options: PointerControllerOptions): PointerControllers {
  const { area, window: win, dispatch } = options;
  const active = options.active ?? (() => true);
  let start: { x: number; y: number; t: number } | undefined;
  const onTouchStart = (event: TouchEvent): void => {
    const touch = event.touches[0];
    start =
      event.touches.length === 1 && touch && active() && !ignored(event.target)
        ? { x: touch.clientX, y: touch.clientY, t: event.timeStamp }
        : undefined;
  };
  const onTouchEnd = (event: TouchEvent): void => {
    const touch = event.changedTouches[0];
    const from = start;
    start = undefined;
    if (from === undefined || touch === undefined || event.touches.length > 0) return;
    const command = classifyTouch({
      dx: touch.clientX - from.x,
      dy: touch.clientY - from.y,
      ms: event.timeStamp - from.t,
      x: from.x,
      width: win.innerWidth,
    });
    if (command === undefined) return;
    // No synthesized click (and no double-tap zoom) after a handled tap.
    if (event.cancelable) event.preventDefault();
    dispatch(command);
  };
  const onTouchCancel = (): void => {
    start = undefined;
  };

  const wheel = createWheelGesture();
  const onWheel = (event: WheelEvent): void => {
    // Ctrl+wheel is pinch-zoom; scrollable widgets and overlays keep their own scrolling.
    if (event.ctrlKey || !active() || ignored(event.target)) return;
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    const move = wheel.feed(event.timeStamp, event.deltaX * scale, event.deltaY * scale);
    if (move !== 0) dispatch(move > 0 ? 'next' : 'previous');
  };

  area.addEventListener('touchstart', onTouchStart, { passive: true });
  area.addEventListener('touchend', onTouchEnd);
  area.addEventListener('touchcancel', onTouchCancel);
  area.addEventListener('wheel', onWheel, { passive: true });
  return {
    dispose() {
      area.removeEventListener('touchstart', onTouchStart);
      area.removeEventListener('touchend', onTouchEnd);
      area.removeEventListener('touchcancel', onTouchCancel);
      area.removeEventListener('wheel', onWheel);
    },
  };
}
