// A fake IndexedDB for the live session store's tests (Node has none).

/**
 * A small IndexedDB stand-in (Node has none): one database, one object store, requests that
 * succeed and transactions that then commit — or abort with `abortWith`, as a browser does
 * when the quota runs out while committing (the `put` request itself succeeded).
 */
export function fakeIndexedDb(options: { abortWith?: DOMException; failOpen?: DOMException } = {}) {
  const data = new Map<unknown, unknown>();
  const later = (f: () => void) => setTimeout(f, 0);
  type Handler = ((this: unknown, ev: Event) => unknown) | null;
  const request = <T>(result: () => T) => {
    const r = { result: undefined as T | undefined, error: null, onsuccess: null as Handler };
    later(() => {
      r.result = result();
      r.onsuccess?.call(r, new Event('success'));
    });
    return r;
  };
  const transaction = (mode: IDBTransactionMode) => {
    const writes: (() => void)[] = [];
    const tx = {
      error: null as DOMException | null,
      oncomplete: null as Handler,
      onabort: null as Handler,
      onerror: null as Handler,
      objectStore: () => ({
        get: (key: unknown) => request(() => structuredClone(data.get(key))),
        put: (value: unknown, key: unknown) =>
          request(() => {
            writes.push(() => data.set(key, structuredClone(value)));
            return key;
          }),
        delete: (key: unknown) =>
          request(() => {
            writes.push(() => data.delete(key));
            return undefined;
          }),
      }),
    };
    // After the request's success: commit, or abort with the quota error.
    later(() =>
      later(() => {
        if (mode === 'readwrite' && options.abortWith) {
          tx.error = options.abortWith;
          tx.onabort?.call(tx, new Event('abort'));
          return;
        }
        for (const w of writes) w();
        tx.oncomplete?.call(tx, new Event('complete'));
      }),
    );
    return tx;
  };
  const db = { transaction: (_: string, mode: IDBTransactionMode) => transaction(mode) };
  const factory = {
    open: () => {
      const r = {
        result: db,
        error: options.failOpen ?? null,
        onsuccess: null as Handler,
        onerror: null as Handler,
        onupgradeneeded: null as Handler,
        onblocked: null as Handler,
      };
      later(() => (options.failOpen ? r.onerror : r.onsuccess)?.call(r, new Event('x')));
      return r;
    },
  };
  // The store uses only the members above.
  return { factory: factory as unknown as IDBFactory, data };
}
