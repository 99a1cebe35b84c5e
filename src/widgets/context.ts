import type { WidgetBus, WidgetContext, WidgetRole } from '../model/index.ts';
import { createLocalBus } from './localBus.ts';

export interface WidgetContextOptions {
  readonly role?: WidgetRole;
  /** Cross-window widget events; defaults to a bus that reaches no other window. */
  readonly bus?: WidgetBus;
}

/** The context the host hands every widget; `dispose` disposes the shared objects. */
export function createWidgetContext(
  options: WidgetContextOptions = {},
): WidgetContext & { dispose(): void } {
  const sharedObjects = new Map<string, { dispose(): void }>();
  return {
    role: options.role ?? 'main',
    bus: options.bus ?? createLocalBus(),
    shared<T extends { dispose(): void }>(key: string, create: () => T): T {
      const existing = sharedObjects.get(key);
      // The key names one factory's product: the cast restores the type it was created with.
      if (existing !== undefined) return existing as T;
      const created = create();
      sharedObjects.set(key, created);
      return created;
    },
    dispose() {
      for (const value of sharedObjects.values()) value.dispose();
      sharedObjects.clear();
    },
  };
}
