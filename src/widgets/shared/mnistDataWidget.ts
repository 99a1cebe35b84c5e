import type { MnistData } from '../../ml/data/types.ts';
import type { WidgetContext } from '../../model/index.ts';
import type { Frame } from './frame.ts';
import { mlRuntime } from './mlRuntime.ts';

/**
 * The load-then-render start of a widget drawn from the presentation's MNIST data
 * (`mlRuntime(context).samples()`: the embedded digits): `data-state` is `loading`, then `show(data)` runs and it is
 * `ready` — or the frame shows the error. Nothing runs once the frame is disposed.
 * Resolves to the widget instance once the data is shown (or its error), so views that
 * snapshot slides (print) wait for it; the slideshow shows the frame at once either way.
 */
export function showWhenDataLoaded(
  frame: Frame,
  context: WidgetContext,
  show: (data: MnistData) => void,
): Promise<{ dispose(): void }> {
  frame.root.dataset.state = 'loading';
  let disposed = false;
  frame.onDispose(() => {
    disposed = true;
  });
  const instance = { dispose: frame.dispose };
  return mlRuntime(context)
    .samples()
    .then((loaded) => {
      if (disposed) return;
      show(loaded);
      frame.root.dataset.state = 'ready';
    })
    .catch((error: unknown) => {
      if (!disposed) frame.fail(`Не вдалося завантажити дані MNIST: ${String(error)}`);
    })
    .then(() => instance);
}

/** `prefetch` of such a widget: the slide is next, start loading the data (no tfjs needed). */
export function prefetchMnistData(
  _params: Readonly<Record<string, string>>,
  context: WidgetContext,
): void {
  void mlRuntime(context)
    .samples()
    .catch(() => undefined);
}
