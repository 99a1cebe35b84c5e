import type { WidgetBus } from '../model/index.ts';

/**
 * A bus that reaches no other window: the default when the presentation runs alone (and in
 * tests). Posts are not echoed to this window's own listeners, like the cross-window bus.
 */
export function createLocalBus(): WidgetBus {
  return {
    post() {},
    on() {
      return () => {};
    },
  };
}
