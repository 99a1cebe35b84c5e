import type { WidgetContext } from '../model/index.ts';

/** A widget module: mounts into its placeholder and returns how to undo it. */
export interface WidgetModule {
  mount(
    element: HTMLElement,
    params: Readonly<Record<string, string>>,
    context: WidgetContext,
  ): { dispose(): void } | Promise<{ dispose(): void }>;
  /**
   * Optional: start loading what the widget will need (tfjs, data) because its slide is
   * about to be shown. Must not start computation or touch the DOM.
   */
  prefetch?(params: Readonly<Record<string, string>>, context: WidgetContext): void;
}

export type WidgetLoader = () => Promise<WidgetModule>;

/** Widget names → lazy imports; each widget's code loads only when a slide shows it. */
export function createWidgetRegistry(): Readonly<Record<string, WidgetLoader>> {
  return Object.freeze({
    'conv-explorer': () => import('./conv-explorer/index.ts'),
    conv1d: () => import('./conv1d/index.ts'),
    'conv-vs-corr': () => import('./conv-vs-corr/index.ts'),
    'demo-prep': () => import('./demo-prep/index.ts'),
    'draw-digit': () => import('./draw-digit/index.ts'),
    equivariance: () => import('./equivariance/index.ts'),
    'feature-maps': () => import('./feature-maps/index.ts'),
    flatten: () => import('./flatten/index.ts'),
    invariance: () => import('./invariance/index.ts'),
    'live-cell': () => import('./live-cell/index.ts'),
    'max-pooling': () => import('./max-pooling/index.ts'),
    'mnist-samples': () => import('./mnist-samples/index.ts'),
    'pixel-values': () => import('./pixel-values/index.ts'),
    'pixels-to-neurons': () => import('./pixels-to-neurons/index.ts'),
  });
}
