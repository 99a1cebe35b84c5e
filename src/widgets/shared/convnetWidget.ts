import type { WidgetContext } from '../../model/index.ts';
import { type Frame, flag } from './frame.ts';
import { mlRuntime } from './mlRuntime.ts';
import type { Player } from './player.ts';

/** The convnet widgets' prefetch: backend, data and the pretrained convnet start loading. */
export function prefetchConvnet(
  _params: Readonly<Record<string, string>>,
  context: WidgetContext,
): void {
  const runtime = mlRuntime(context);
  runtime.warm();
  void runtime.pretrained('convnet').catch(() => undefined);
}

/**
 * After a convnet widget's first load: play (unless `autoplay=false` or reduced motion), or
 * show the failure in place. Nothing happens once the widget is disposed.
 */
export function startAfterLoad(
  frame: Frame,
  player: Player,
  params: Readonly<Record<string, string>>,
  load: Promise<void>,
  disposed: () => boolean,
): void {
  load
    .then(() => {
      if (!disposed() && flag(params.autoplay, true) && !frame.reducedMotion) player.play();
    })
    .catch((error: unknown) => {
      if (!disposed()) frame.fail(`Не вдалося завантажити мережу: ${String(error)}`);
    });
}
