// Browser: registers the service worker built by vite-plugin-pwa (see src/sw/pwaOptions.ts)
// once the first slide is ready and the page is idle, so it never competes with the first slide.

export interface ServiceWorkerOptions {
  readonly window: Window;
  /** The worker script, e.g. `${import.meta.env.BASE_URL}sw.js`. */
  readonly url: string;
  /** Its scope (the app's base path). */
  readonly scope: string;
  /** Registration waits for this (the first slide's readiness); a rejection does not matter. */
  readonly after: Promise<unknown>;
  /** Longest wait for an idle moment after `after`, in ms. */
  readonly idleTimeoutMs?: number;
}

export interface ServiceWorkerHandle {
  /** Resolves with the registration, or `undefined` where service workers are unavailable. */
  readonly registered: Promise<ServiceWorkerRegistration | undefined>;
  /** Cancels a registration that has not started yet. */
  dispose(): void;
}

export function registerServiceWorker(options: ServiceWorkerOptions): ServiceWorkerHandle {
  const { window: win } = options;
  let cancelled = false;
  let idle: number | undefined;
  const container = win.isSecureContext ? win.navigator.serviceWorker : undefined;

  const whenIdle = (): Promise<void> =>
    new Promise((done) => {
      if (typeof win.requestIdleCallback === 'function') {
        idle = win.requestIdleCallback(() => done(), { timeout: options.idleTimeoutMs ?? 2000 });
      } else {
        idle = win.setTimeout(done, 0);
      }
    });

  const registered = (async () => {
    if (container === undefined) return undefined;
    await options.after.catch(() => undefined);
    await whenIdle();
    if (cancelled) return undefined;
    try {
      return await container.register(options.url, { scope: options.scope });
    } catch (error) {
      // Offline support is an extra: the deck works without it.
      console.warn('Service worker not registered:', error);
      return undefined;
    }
  })();

  return {
    registered,
    dispose() {
      cancelled = true;
      if (idle === undefined) return;
      if (typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(idle);
      else win.clearTimeout(idle);
    },
  };
}
