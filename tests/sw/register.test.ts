import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DECK_CACHE_MESSAGE, QUIET_MS, registerServiceWorker } from '../../src/sw/register.ts';

interface FakeWindow {
  readonly win: Window;
  readonly register: ReturnType<typeof vi.fn>;
  /** Messages posted to the active worker. */
  readonly posted: unknown[];
  /** Makes a worker active (`navigator.serviceWorker.ready` resolves). */
  activate(): void;
  /** Runs the pending idle callback, if any. */
  idle(): void;
}

function fakeWindow(options: { secure?: boolean; fail?: boolean } = {}): FakeWindow {
  let pending: (() => void) | undefined;
  const input = new EventTarget();
  const register = vi.fn(async (url: string) => {
    if (options.fail) throw new Error('blocked');
    return { scope: url } as unknown as ServiceWorkerRegistration;
  });
  const posted: unknown[] = [];
  let activate = (): void => {};
  const ready = new Promise((resolve) => {
    activate = () => resolve({ active: { postMessage: (m: unknown) => posted.push(m) } });
  });
  const win = {
    isSecureContext: options.secure ?? true,
    navigator: { serviceWorker: { register, ready } },
    requestIdleCallback: (cb: () => void) => {
      pending = cb;
      return 1;
    },
    cancelIdleCallback: () => {
      pending = undefined;
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: input.addEventListener.bind(input),
    removeEventListener: input.removeEventListener.bind(input),
    dispatchEvent: input.dispatchEvent.bind(input),
  } as unknown as Window;
  return {
    win,
    register,
    posted,
    activate,
    idle() {
      const cb = pending;
      pending = undefined;
      cb?.();
    },
  };
}

const tick = () => vi.advanceTimersByTimeAsync(0);

/** Registers `/sw.js` in the fake window once `after` settles (at once by default). */
const start = (fake: FakeWindow, after: Promise<unknown> = Promise.resolve()) =>
  registerServiceWorker({ window: fake.win, url: '/sw.js', scope: '/', after });

describe('registerServiceWorker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The wait for a pause in input, then the idle callback. */
  const pause = async (fake: FakeWindow): Promise<void> => {
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    fake.idle();
  };

  it('waits for a pause in input: every key, pointer or wheel event restarts the wait', async () => {
    const fake = fakeWindow();
    const handle = start(fake);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    fake.win.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    fake.win.dispatchEvent(new Event('wheel'));
    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    fake.idle();
    expect(fake.register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    fake.idle();
    await expect(handle.registered).resolves.toEqual({ scope: '/sw.js' });
    // Input after the pause no longer matters (the listeners are gone).
    fake.win.dispatchEvent(new Event('keydown'));
    expect(fake.register).toHaveBeenCalledTimes(1);
  });

  it('registers only after the first slide is ready, a pause and an idle moment', async () => {
    const fake = fakeWindow();
    let ready!: () => void;
    const after = new Promise<void>((r) => {
      ready = r;
    });
    const handle = start(fake, after);
    await pause(fake);
    expect(fake.register).not.toHaveBeenCalled();
    ready();
    await tick();
    expect(fake.register).not.toHaveBeenCalled();
    await pause(fake);
    await expect(handle.registered).resolves.toEqual({ scope: '/sw.js' });
    expect(fake.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('asks the active worker to cache the open deck, once it is active', async () => {
    const fake = fakeWindow();
    const handle = start(fake);
    await pause(fake);
    await handle.registered;
    await tick();
    expect(fake.posted).toEqual([]);
    fake.activate();
    await tick();
    expect(fake.posted).toEqual([DECK_CACHE_MESSAGE]);
    expect(DECK_CACHE_MESSAGE).toEqual({ type: 'deck-cache:open' });
  });

  it('asks nothing after dispose', async () => {
    const fake = fakeWindow();
    const handle = start(fake);
    await pause(fake);
    await handle.registered;
    handle.dispose();
    fake.activate();
    await tick();
    expect(fake.posted).toEqual([]);
  });

  it('still registers when the first slide failed', async () => {
    const fake = fakeWindow();
    const handle = start(fake, Promise.reject(new Error('no deck')));
    await pause(fake);
    await handle.registered;
    expect(fake.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing outside a secure context', async () => {
    const fake = fakeWindow({ secure: false });
    const handle = start(fake);
    await expect(handle.registered).resolves.toBeUndefined();
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('is cancelled by dispose before it starts', async () => {
    const fake = fakeWindow();
    const handle = start(fake);
    await tick();
    handle.dispose();
    await pause(fake);
    await expect(handle.registered).resolves.toBeUndefined();
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('resolves without a registration when the browser refuses it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeWindow({ fail: true });
    const handle = start(fake);
    await pause(fake);
    await expect(handle.registered).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
