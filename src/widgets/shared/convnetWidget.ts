import type { WidgetContext } from '../../model/index.ts';
import { type Frame, flag } from './frame.ts';
import { mlRuntime } from './mlRuntime.ts';
import { intParam, type Parsed } from './params.ts';
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

/** The `digit` param: the index of a test digit (clamped to the test set when shown). */
export function testDigitParam(params: Readonly<Record<string, string>>): Parsed<number> {
  return intParam(params, 'digit', 0, 1_000_000, 0);
}

/** What a convnet widget's async steps (inference) check before they touch the DOM. */
export interface ConvnetGuard {
  /** True once the widget is disposed. */
  disposed(): boolean;
  /** Starts a step: its check stays true while no newer step started and the widget lives. */
  begin(): () => boolean;
}

/**
 * The convnet widgets' life: on dispose, marks the widget gone, disposes `owned` (pickers,
 * sliders) and removes `data-ready` (set once the first inference is shown).
 */
export function convnetGuard(frame: Frame, owned: readonly { dispose(): void }[]): ConvnetGuard {
  let disposed = false;
  let request = 0;
  frame.onDispose(() => {
    disposed = true;
    for (const part of owned) part.dispose();
    delete frame.root.dataset.ready;
  });
  return {
    disposed: () => disposed,
    begin() {
      const mine = ++request;
      return () => !disposed && mine === request;
    },
  };
}

/**
 * After a convnet widget's first load: play (unless `autoplay=false` or reduced motion), or
 * show the failure in place. Nothing happens once the widget is disposed. Returns the widget.
 */
export function startAfterLoad(
  frame: Frame,
  player: Player,
  params: Readonly<Record<string, string>>,
  load: Promise<void>,
  guard: ConvnetGuard,
): { dispose(): void } {
  load
    .then(() => {
      if (!guard.disposed() && flag(params.autoplay, true) && !frame.reducedMotion) player.play();
    })
    .catch((error: unknown) => {
      if (!guard.disposed()) frame.fail(`Не вдалося завантажити мережу: ${String(error)}`);
    });
  return { dispose: frame.dispose };
}
