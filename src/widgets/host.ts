import type { WidgetRef } from '../model/index.ts';
import { createWidgetRegistry, type WidgetLoader } from './registry.ts';

/** The only door from present/ to widgets: mount what a shown slide needs, unmount on hide. */
export interface WidgetHost {
  /** Mounts the slide's widgets inside `root` (their placeholders carry `data-widget-id`). */
  show(root: HTMLElement, widgets: readonly WidgetRef[]): void;
  /** Unmounts everything mounted by the last `show`. */
  hide(): void;
  dispose(): void;
}

export function createWidgetHost(
  registry: Readonly<Record<string, WidgetLoader>> = createWidgetRegistry(),
): WidgetHost {
  let generation = 0;
  let mounted: { dispose(): void }[] = [];

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
        const load = Object.hasOwn(registry, ref.name) ? registry[ref.name] : undefined;
        const element = root.querySelector<HTMLElement>(`[data-widget-id="${CSS.escape(ref.id)}"]`);
        if (load === undefined || element === null) continue;
        void load()
          .then((module) => module.mount(element, ref.params))
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
    dispose: hide,
  };
}
