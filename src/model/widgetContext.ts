/**
 * What a mounted widget may use besides its element and params: the narrow door from widgets
 * to the rest of the presentation. Types only.
 */

/** Where a widget is mounted. `audience` is the projector window opened with `c`. */
export type WidgetRole = 'main' | 'audience';

/**
 * Widget events across the deck's windows (presenter, audience). Messages are namespaced by
 * topic (e.g. `live-session`), carry structured-clone data, and are never echoed back to the
 * window that posted them.
 */
export interface WidgetBus {
  post(topic: string, data: unknown): void;
  /** Returns the unsubscribe function. */
  on(topic: string, listener: (data: unknown) => void): () => void;
}

export interface WidgetContext {
  readonly role: WidgetRole;
  readonly bus: WidgetBus;
  /**
   * One object per key for the whole presentation (e.g. the live notebook session that the
   * code slides share): created on first use, kept while slides change, disposed with the
   * presentation.
   */
  shared<T extends { dispose(): void }>(key: string, create: () => T): T;
}
