import type { WidgetRef } from '../model/index.ts';
import { createWidgetContext, type WidgetContextOptions } from './context.ts';
import { createWidgetRegistry, type WidgetLoader } from './registry.ts';

// The still form of each widget (the presenter's next-slide preview) passes through this one door.
export { type WidgetStill, widgetStill } from './standIns.ts';

/** Widgets mounted by `WidgetHost.mount`, unmounted together. */
export interface MountedWidgets {
  /** Settles once every widget has mounted or shown its error in place. */
  readonly ready: Promise<void>;
  dispose(): void;
}

/** The only door from present/ to widgets: mount what a shown slide needs, unmount on hide. */
export interface WidgetHost {
  /** Mounts the slide's widgets inside `root` (their placeholders carry `data-widget-id`). */
  show(root: HTMLElement, widgets: readonly WidgetRef[]): void;
  /** Unmounts everything mounted by the last `show`. */
  hide(): void;
  /**
   * Mounts a slide's widgets independently of `show`/`hide`, for views that show several
   * slides at once (review, print); the result unmounts exactly these.
   */
  mount(root: HTMLElement, widgets: readonly WidgetRef[]): MountedWidgets;
  /** Loads the widgets' code (and lets them prefetch) for a slide about to be shown. */
  prefetch(widgets: readonly WidgetRef[]): void;
  /** Unmounts and disposes the shared objects (e.g. the live session). */
  dispose(): void;
}

export interface WidgetHostOptions extends WidgetContextOptions {
  readonly registry?: Readonly<Record<string, WidgetLoader>>;
}

export function createWidgetHost(options: WidgetHostOptions = {}): WidgetHost {
  const registry = options.registry ?? createWidgetRegistry();
  const context = createWidgetContext(options);
  let generation = 0;
  let mounted: { dispose(): void }[] = [];

  const loaderFor = (name: string): WidgetLoader | undefined =>
    Object.hasOwn(registry, name) ? registry[name] : undefined;

  const hide = (): void => {
    generation += 1;
    for (const m of mounted) m.dispose();
    mounted = [];
  };

  /** Mounts each widget; `keep` says whether it is still wanted (else it is disposed). */
  const mountAll = (
    root: HTMLElement,
    widgets: readonly WidgetRef[],
    keep: (instance: { dispose(): void }) => boolean,
  ): Promise<void> => {
    const mounting = widgets.map(async (ref) => {
      const load = loaderFor(ref.name);
      const element = root.querySelector<HTMLElement>(`[data-widget-id="${CSS.escape(ref.id)}"]`);
      if (load === undefined || element === null) return;
      try {
        const module = await load();
        const instance = await module.mount(element, ref.params, context);
        if (!keep(instance)) instance.dispose();
      } catch (error) {
        element.textContent = `Віджет «${ref.name}» не вдалося завантажити: ${String(error)}`;
      }
    });
    return Promise.all(mounting).then(() => undefined);
  };

  return {
    show(root, widgets) {
      hide();
      const current = generation;
      void mountAll(root, widgets, (instance) => {
        if (current !== generation) return false;
        mounted.push(instance);
        return true;
      });
    },
    mount(root, widgets) {
      const instances: { dispose(): void }[] = [];
      let live = true;
      const ready = mountAll(root, widgets, (instance) => {
        if (live) instances.push(instance);
        return live;
      });
      return {
        ready,
        dispose() {
          live = false;
          for (const instance of instances.splice(0)) instance.dispose();
        },
      };
    },
    hide,
    prefetch(widgets) {
      for (const ref of widgets) {
        const load = loaderFor(ref.name);
        if (load === undefined) continue;
        void load()
          .then((module) => module.prefetch?.(ref.params, context))
          .catch(() => {
            // A failed prefetch is retried (and reported in place) when the slide is shown.
          });
      }
    },
    dispose() {
      hide();
      context.dispose();
    },
  };
}
