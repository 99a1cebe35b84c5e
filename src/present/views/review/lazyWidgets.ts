import type { WidgetRef } from '../../../model/index.ts';
import type { MountedWidgets, WidgetHost } from '../../../widgets/host.ts';
import type { DeferredEmbeds } from '../embeds.ts';

/** A slide of the column with things to start only near the viewport. */
export interface LazyEntry {
  /** Observed for distance to the viewport (outside any skipped `content-visibility` part). */
  readonly target: HTMLElement;
  /** Where the widget placeholders are. */
  readonly element: HTMLElement;
  readonly widgets: readonly WidgetRef[];
  readonly embeds: DeferredEmbeds;
}

export interface LazyWidgets {
  dispose(): void;
}

/** Mount when within a window's height of the viewport… */
const NEAR = '100% 0px';
/** …and unmount once more than three windows away (no churn while scrolling back and forth). */
const FAR = '300% 0px';

/** Widgets in the review column never start animating on their own. */
export const stillWidgets = (widgets: readonly WidgetRef[]): WidgetRef[] =>
  widgets.map((ref) => ({ ...ref, params: { ...ref.params, autoplay: 'false' } }));

/**
 * Mounts a slide's widgets (through the widget host) and iframes when it scrolls near the
 * viewport, and unmounts both when it is far away again.
 */
export function createLazyWidgets(host: WidgetHost, entries: readonly LazyEntry[]): LazyWidgets {
  const mounted = new Map<Element, MountedWidgets>();
  const byElement = new Map<Element, LazyEntry>();
  for (const entry of entries) {
    if (entry.widgets.length > 0 || entry.embeds.count > 0) byElement.set(entry.target, entry);
  }
  if (byElement.size === 0 || typeof IntersectionObserver !== 'function') {
    return { dispose() {} };
  }

  const near = new IntersectionObserver(
    (records) => {
      for (const record of records) {
        const entry = byElement.get(record.target);
        if (!record.isIntersecting || entry === undefined) continue;
        entry.embeds.mount();
        if (entry.widgets.length > 0 && !mounted.has(record.target)) {
          mounted.set(record.target, host.mount(entry.element, stillWidgets(entry.widgets)));
        }
      }
    },
    { rootMargin: NEAR },
  );
  const far = new IntersectionObserver(
    (records) => {
      for (const record of records) {
        if (record.isIntersecting) continue;
        // Far away: iframes go back into their slots (nothing plays off-screen).
        byElement.get(record.target)?.embeds.unmount();
        mounted.get(record.target)?.dispose();
        mounted.delete(record.target);
      }
    },
    { rootMargin: FAR },
  );
  for (const element of byElement.keys()) {
    near.observe(element);
    far.observe(element);
  }
  return {
    dispose() {
      near.disconnect();
      far.disconnect();
      for (const widgets of mounted.values()) widgets.dispose();
      mounted.clear();
    },
  };
}
