// Browser: registers the service worker built by vite-plugin-pwa (see src/sw/pwaOptions.ts)
// once the first slide is ready, the person has paused (no key, pointer or wheel input for a
// few seconds) and the page is idle. Installing it downloads the whole offline cache (≈ 9 MB),
// which on a 2-core laptop slows every slide change made meanwhile (key press p95 ≈ 4 → 8 ms,
// and the audience window lags): it waits for the first pause rather than the first slide.

export interface ServiceWorkerOptions {
  readonly window: Window;
  /** The worker script, e.g. `${import.meta.env.BASE_URL}sw.js`. */
  readonly url: string;
  /** Its scope (the app's base path). */
  readonly scope: string;
  /** Registration waits for this (the first slide's readiness); a rejection does not matter. */
  readonly after: Promise<unknown>;
  /** Longest wait for an idle moment after the pause, in ms. */
  readonly idleTimeoutMs?: number;
  /** How long the person must not touch keys, pointer or wheel first (QUIET_MS by default). */
  readonly quietMs?: number;
}

/** The pause in input that registration waits for. */
export const QUIET_MS = 3000;

/** Input that means someone is presenting or reading right now. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

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

  let quietTimer: number | undefined;
  let stopListening = (): void => {};
  let endQuiet = (): void => {};
  /** Resolves once no input has arrived for `quietMs` (each input restarts the wait). */
  const whenQuiet = (): Promise<void> =>
    new Promise((done) => {
      endQuiet = done;
      const quietMs = options.quietMs ?? QUIET_MS;
      const restart = (): void => {
        if (quietTimer !== undefined) win.clearTimeout(quietTimer);
        quietTimer = win.setTimeout(() => {
          quietTimer = undefined;
          stopListening();
          done();
        }, quietMs);
      };
      for (const type of INPUT_EVENTS) {
        win.addEventListener(type, restart, { capture: true, passive: true });
      }
      stopListening = () => {
        for (const type of INPUT_EVENTS) win.removeEventListener(type, restart, { capture: true });
        stopListening = () => {};
      };
      restart();
    });

  const registered = (async () => {
    if (container === undefined) return undefined;
    await options.after.catch(() => undefined);
    if (cancelled) return undefined;
    await whenQuiet();
    if (cancelled) return undefined;
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
      stopListening();
      if (quietTimer !== undefined) win.clearTimeout(quietTimer);
      endQuiet(); // `registered` settles (undefined) instead of waiting forever
      if (idle === undefined) return;
      if (typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(idle);
      else win.clearTimeout(idle);
    },
  };
}
