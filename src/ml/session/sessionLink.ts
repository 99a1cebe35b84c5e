import type { WidgetContext } from '../../model/index.ts';
import type { LiveSession } from './session.ts';

const LINK_KEY = 'live-session-link';

/**
 * Where other widgets find the presentation's live session without creating it: the live
 * cells create the session (and tfjs with it) and register it here; draw-a-digit only watches.
 * No tfjs in this module.
 */
export interface SessionLink {
  readonly current: LiveSession | undefined;
  set(session: LiveSession | undefined): void;
  /** Calls `listener` now with the current session and on every change; returns unsubscribe. */
  watch(listener: (session: LiveSession | undefined) => void): () => void;
  dispose(): void;
}

export function createSessionLink(): SessionLink {
  let current: LiveSession | undefined;
  const listeners = new Set<(session: LiveSession | undefined) => void>();
  return {
    get current() {
      return current;
    },
    set(session) {
      if (session === current) return;
      current = session;
      for (const l of [...listeners]) l(session);
    },
    watch(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    dispose() {
      current = undefined;
      listeners.clear();
    },
  };
}

/** The presentation's link (created on first use, tiny). */
export function sessionLink(context: WidgetContext): SessionLink {
  return context.shared(LINK_KEY, createSessionLink);
}
