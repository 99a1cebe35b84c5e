import { createEmitter, type Listener } from './emitter.ts';

/** What the audience sees besides the slide: synced across the deck's windows. */
export interface DisplayFlags {
  readonly blackout: boolean;
  readonly mirror: boolean;
}

export interface DisplayState extends DisplayFlags {
  set(flags: Partial<DisplayFlags>): void;
  toggle(flag: keyof DisplayFlags): void;
  /** Called after every change with the new flags. */
  on(type: 'change', listener: Listener<DisplayFlags>): () => void;
  dispose(): void;
}

export const DISPLAY_CLASSES: Readonly<Record<keyof DisplayFlags, string>> = Object.freeze({
  blackout: 'is-blackout',
  mirror: 'is-mirrored',
});

export function createDisplayState(initial: Partial<DisplayFlags> = {}): DisplayState {
  const events = createEmitter<{ change: DisplayFlags }>();
  let flags: DisplayFlags = { blackout: false, mirror: false, ...initial };
  const set = (next: Partial<DisplayFlags>): void => {
    const merged = { ...flags, ...next };
    if (merged.blackout === flags.blackout && merged.mirror === flags.mirror) return;
    flags = merged;
    events.emit('change', flags);
  };
  return {
    get blackout() {
      return flags.blackout;
    },
    get mirror() {
      return flags.mirror;
    },
    set,
    toggle: (flag) => set({ [flag]: !flags[flag] }),
    on: (type, listener) => events.on(type, listener),
    dispose: () => events.clear(),
  };
}

/** Mirrors the flags as classes on `element` (see src/theme/overlays.css). */
export function bindDisplayClasses(element: HTMLElement, display: DisplayState): () => void {
  const apply = (flags: DisplayFlags): void => {
    element.classList.toggle(DISPLAY_CLASSES.blackout, flags.blackout);
    element.classList.toggle(DISPLAY_CLASSES.mirror, flags.mirror);
  };
  apply(display);
  const off = display.on('change', apply);
  return () => {
    off();
    element.classList.remove(DISPLAY_CLASSES.blackout, DISPLAY_CLASSES.mirror);
  };
}
