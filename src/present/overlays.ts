import type { SlideIndex } from '../model/index.ts';
import type { Command, CommandTarget } from './commands.ts';
import type { Store } from './store.ts';

/** The windows shown over the slide: key help, the slide overview, search. */
export type OverlayKind = 'help' | 'overview' | 'search';

export interface OverlayContext {
  readonly store: Store;
  /** Goes to a slide and closes the overlay. */
  jump(index: SlideIndex): void;
  close(): void;
}

export interface Overlay {
  dispose(): void;
}

export type OverlayFactory = (parent: HTMLElement, context: OverlayContext) => Overlay;

export interface OverlayHost extends CommandTarget {
  readonly current: OverlayKind | undefined;
  /** Opens (loading its code on first use) or, when it is open, closes that overlay. */
  toggle(kind: OverlayKind): Promise<void>;
  /** Closes the open overlay; false when none was open. */
  close(): boolean;
  dispose(): void;
}

const OVERLAY_COMMANDS: Readonly<Partial<Record<Command, OverlayKind>>> = Object.freeze({
  help: 'help',
  overview: 'overview',
  search: 'search',
});

/** Overlay code is loaded when first needed: the first slide never pays for it. */
const loadFactory = async (kind: OverlayKind): Promise<OverlayFactory> => {
  const module = await import('./views/overlays/index.ts');
  return module.OVERLAYS[kind];
};

export function createOverlayHost(parent: HTMLElement, store: Store): OverlayHost {
  let current: { kind: OverlayKind; overlay?: Overlay } | undefined;
  let generation = 0;

  const close = (): boolean => {
    if (current === undefined) return false;
    generation += 1;
    current.overlay?.dispose();
    current = undefined;
    return true;
  };

  const open = async (kind: OverlayKind): Promise<void> => {
    close();
    const mine = generation;
    const entry: { kind: OverlayKind; overlay?: Overlay } = { kind };
    current = entry;
    const factory = await loadFactory(kind);
    if (mine !== generation || current !== entry) return;
    entry.overlay = factory(parent, {
      store,
      jump(index) {
        close();
        store.goTo(index);
      },
      close,
    });
  };

  return {
    get current() {
      return current?.kind;
    },
    toggle: (kind) => (current?.kind === kind ? Promise.resolve(void close()) : open(kind)),
    close,
    command(name) {
      if (name === 'close') return close();
      const kind = OVERLAY_COMMANDS[name];
      if (kind === undefined) return false;
      void (current?.kind === kind ? close() : open(kind));
      return true;
    },
    dispose() {
      close();
    },
  };
}
