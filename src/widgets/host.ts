import type { WidgetRef } from '../model/index.ts';
import { createWidgetContext, type WidgetContextOptions } from './context.ts';
import { createWidgetRegistry, type WidgetLoader } from './registry.ts';

/** The only door from present/ to widgets: mount what a shown slide needs, unmount on hide. */
export interface WidgetHost {
  /** Mounts the slide's widgets inside `root` (their placeholders carry `data-widget-id`). */
  show(root: HTMLElement, widgets: readonly WidgetRef[]): void;
  /** Unmounts everything mounted by the last `show`. */
  hide(): void;
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

  return {
    show(root, widgets) {
      hide();
      const current = generation;
      for (const ref of widgets) {
        const load = loaderFor(ref.name);
        const element = root.querySelector<HTMLElement>(`[data-widget-id="${CSS.escape(ref.id)}"]`);
        if (load === undefined || element === null) continue;
        void load()
          .then((module) => module.mount(element, ref.params, context))
          .then((instance) => {
            if (current === generation) mounted.push(instance);
            else instance.dispose();
          })
          .catch((error: unknown) => {
            element.textContent = `Віджет «${ref.name}» не вдалося завантажити: ${String(error)}`;
          });
      }
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
