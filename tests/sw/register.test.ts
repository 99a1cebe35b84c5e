import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/sw/register.ts';

interface FakeWindow {
  readonly win: Window;
  readonly register: ReturnType<typeof vi.fn>;
  /** Runs the pending idle callback, if any. */
  idle(): void;
}

function fakeWindow(options: { secure?: boolean; fail?: boolean } = {}): FakeWindow {
  let pending: (() => void) | undefined;
  const register = vi.fn(async (url: string) => {
    if (options.fail) throw new Error('blocked');
    return { scope: url } as unknown as ServiceWorkerRegistration;
  });
  const win = {
    isSecureContext: options.secure ?? true,
    navigator: { serviceWorker: { register } },
    requestIdleCallback: (cb: () => void) => {
      pending = cb;
      return 1;
    },
    cancelIdleCallback: () => {
      pending = undefined;
    },
  } as unknown as Window;
  return {
    win,
    register,
    idle() {
      const cb = pending;
      pending = undefined;
      cb?.();
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('registerServiceWorker', () => {
  it('registers only after the first slide is ready and the page is idle', async () => {
    const fake = fakeWindow();
    let ready!: () => void;
    const after = new Promise<void>((r) => {
      ready = r;
    });
    const handle = registerServiceWorker({ window: fake.win, url: '/sw.js', scope: '/', after });
    await tick();
    fake.idle();
    expect(fake.register).not.toHaveBeenCalled();
    ready();
    await tick();
    expect(fake.register).not.toHaveBeenCalled();
    fake.idle();
    await expect(handle.registered).resolves.toEqual({ scope: '/sw.js' });
    expect(fake.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('still registers when the first slide failed', async () => {
    const fake = fakeWindow();
    const handle = registerServiceWorker({
      window: fake.win,
      url: '/sw.js',
      scope: '/',
      after: Promise.reject(new Error('no deck')),
    });
    await tick();
    fake.idle();
    await handle.registered;
    expect(fake.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing outside a secure context', async () => {
    const fake = fakeWindow({ secure: false });
    const handle = registerServiceWorker({
      window: fake.win,
      url: '/sw.js',
      scope: '/',
      after: Promise.resolve(),
    });
    await expect(handle.registered).resolves.toBeUndefined();
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('is cancelled by dispose before it starts', async () => {
    const fake = fakeWindow();
    const handle = registerServiceWorker({
      window: fake.win,
      url: '/sw.js',
      scope: '/',
      after: Promise.resolve(),
    });
    await tick();
    handle.dispose();
    fake.idle();
    await tick();
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('resolves without a registration when the browser refuses it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeWindow({ fail: true });
    const handle = registerServiceWorker({
      window: fake.win,
      url: '/sw.js',
      scope: '/',
      after: Promise.resolve(),
    });
    await tick();
    fake.idle();
    await expect(handle.registered).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
