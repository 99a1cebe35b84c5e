// Browser: registers the service worker built by vite-plugin-pwa (see src/sw/pwaOptions.ts)
// once the first slide is ready, the person has paused (no key, pointer or wheel input for a
// few seconds) and the page is idle. Then (on every visit) it asks the active worker to cache
// the open deck's own files — its figures and, with live widgets, the demos' code and data
// (src/sw/deckCacheWorker.ts); the precache holds only the app shell (≈ 1 MB), not every deck
// of the course. Lecture 5's offline files are ≈ 9 MB on the wire, and downloading them on a
// 2-core laptop slows every slide change made meanwhile (key press p95 ≈ 4 → 8 ms, and the
// audience window lags): both wait for the first pause rather than the first slide.

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

/** Asks the worker to cache the files of the deck this page shows (see deckCacheWorker.ts). */
export const DECK_CACHE_MESSAGE = Object.freeze({ type: 'deck-cache:open' });

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

  /** Aborted when the pause came or on dispose: the input listeners go with it. */
  const quiet = new AbortController();
  /** Resolves once no input has arrived for `quietMs` (each input restarts the wait), or on dispose. */
  const whenQuiet = (): Promise<void> =>
    new Promise((done) => {
      let timer: number | undefined;
      const restart = (): void => {
        win.clearTimeout(timer);
        timer = win.setTimeout(() => quiet.abort(), options.quietMs ?? QUIET_MS);
      };
      quiet.signal.addEventListener('abort', () => {
        win.clearTimeout(timer);
        done();
      });
      for (const type of INPUT_EVENTS) {
        win.addEventListener(type, restart, { capture: true, passive: true, signal: quiet.signal });
      }
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
      const registration = await container.register(options.url, { scope: options.scope });
      // `ready` settles once a worker is active (on a first visit: after it installed).
      void Promise.resolve(container.ready)
        .then((ready: ServiceWorkerRegistration | undefined) => {
          if (!cancelled) ready?.active?.postMessage(DECK_CACHE_MESSAGE);
        })
        .catch(() => undefined);
      return registration;
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
      quiet.abort(); // `registered` settles (undefined) instead of waiting forever
      if (idle === undefined) return;
      if (typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(idle);
      else win.clearTimeout(idle);
    },
  };
}
