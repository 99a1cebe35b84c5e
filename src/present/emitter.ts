/** A small typed event emitter: `on` returns its own unsubscribe function. */
export type Listener<P> = (payload: P) => void;

export interface Emitter<E extends object> {
  on<K extends keyof E>(type: K, listener: Listener<E[K]>): () => void;
  emit<K extends keyof E>(type: K, payload: E[K]): void;
  clear(): void;
}

export function createEmitter<E extends object>(): Emitter<E> {
  const listeners = new Map<keyof E, Set<Listener<never>>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener as Listener<never>);
      return () => {
        set.delete(listener as Listener<never>);
      };
    },
    emit(type, payload) {
      const set = listeners.get(type);
      if (!set) return;
      for (const listener of [...set]) (listener as Listener<typeof payload>)(payload);
    },
    clear() {
      listeners.clear();
    },
  };
}
