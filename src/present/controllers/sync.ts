import { slideIndex } from '../../model/index.ts';
import type { DisplayState } from '../display.ts';
import type { Store } from '../store.ts';
import type { SyncChannel } from '../sync/channel.ts';
import type { WindowRole } from '../sync/messages.ts';

export interface SyncControllerOptions {
  readonly channel: SyncChannel;
  readonly store: Store;
  readonly display: DisplayState;
  readonly role: WindowRole;
  /** Where `pagehide` is heard (a closing window says goodbye). */
  readonly window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The audience window was asked to come to the front. */
  readonly onFocusRequest?: () => void;
  /** The clock that dates an audience window's last sign of life (default `Date.now`). */
  readonly now?: () => number;
  /** Repeats the audience window's heartbeat (default: the global `setInterval`). */
  readonly every?: (ms: number, beat: () => void) => () => void;
}

/** How often an audience window says it is still open. */
export const AUDIENCE_HEARTBEAT_MS = 2000;
/**
 * After this long without a word an audience window counts as gone (it closed without its
 * goodbye: a crash, a killed process; or a page that only claimed to be one), so `c` opens a
 * new one instead of focusing nothing.
 */
export const AUDIENCE_EXPIRY_MS = 3 * AUDIENCE_HEARTBEAT_MS + 500;

const defaultEvery = (ms: number, beat: () => void): (() => void) => {
  // timing: the audience window's heartbeat over the channel, not slide timing
  const handle = setInterval(beat, ms);
  return () => clearInterval(handle);
};

export interface SyncController {
  /**
   * Whether another window of this deck is an audience window: one heard from (its hello,
   * state or heartbeat) within AUDIENCE_EXPIRY_MS and not gone with a goodbye.
   */
  hasAudience(): boolean;
  /** Asks the audience window(s) to come to the front. */
  focusAudience(): void;
  dispose(): void;
}

/**
 * Keeps the slide and the display flags the same in every window of the deck. All windows are
 * peers: a move in any of them is followed by the others. A window that opens (or reloads)
 * says `hello` and adopts the first `state` it is answered with.
 */
export function createSyncController(options: SyncControllerOptions): SyncController {
  const { channel, store, display, role } = options;
  const now = options.now ?? (() => Date.now());
  /** Audience windows by sender id, with when each was last heard from. */
  const audiences = new Map<string, number>();
  let applyingRemote = false;
  let adopted = false;

  const remote = (apply: () => void): void => {
    applyingRemote = true;
    try {
      apply();
    } finally {
      applyingRemote = false;
    }
  };
  const track = (from: string, peerRole: WindowRole): void => {
    if (peerRole === 'audience') audiences.set(from, now());
  };
  const hasAudience = (): boolean => {
    const alive = now() - AUDIENCE_EXPIRY_MS;
    for (const [id, seen] of audiences) if (seen < alive) audiences.delete(id);
    return audiences.size > 0;
  };

  const offs = [
    store.on('change', ({ index }) => {
      if (!applyingRemote) channel.post({ ns: 'nav', index });
    }),
    display.on('change', ({ blackout, mirror }) => {
      if (!applyingRemote) channel.post({ ns: 'display', blackout, mirror });
    }),
    channel.on('nav', ({ index }) => remote(() => store.goTo(slideIndex(index)))),
    channel.on('display', ({ blackout, mirror }) =>
      remote(() => display.set({ blackout, mirror })),
    ),
    channel.on('hello', ({ from, role: peerRole }) => {
      track(from, peerRole);
      channel.post({
        ns: 'state',
        to: from,
        role,
        index: store.index,
        blackout: display.blackout,
        mirror: display.mirror,
      });
    }),
    channel.on('state', (message) => {
      track(message.from, message.role);
      if (message.to !== channel.id || adopted) return;
      adopted = true;
      remote(() => {
        store.goTo(slideIndex(message.index));
        display.set({ blackout: message.blackout, mirror: message.mirror });
      });
    }),
    channel.on('bye', ({ from }) => {
      audiences.delete(from);
    }),
    channel.on('alive', ({ from, role: peerRole }) => track(from, peerRole)),
    channel.on('focus', () => {
      if (role === 'audience') options.onFocusRequest?.();
    }),
  ];

  const sayHello = (): void => {
    adopted = false;
    channel.post({ ns: 'hello', role });
  };
  const sayBye = (): void => channel.post({ ns: 'bye', role });
  // A page restored from the back/forward cache missed what happened meanwhile.
  const onPageShow = (event: Event): void => {
    if ((event as PageTransitionEvent).persisted) sayHello();
  };
  options.window?.addEventListener('pagehide', sayBye);
  options.window?.addEventListener('pageshow', onPageShow);
  sayHello();
  // A timer unrelated to slide timing: the audience window's sign of life for the other windows.
  const stopBeat =
    role === 'audience'
      ? (options.every ?? defaultEvery)(AUDIENCE_HEARTBEAT_MS, () =>
          channel.post({ ns: 'alive', role }),
        )
      : () => {};

  return {
    hasAudience,
    focusAudience: () => channel.post({ ns: 'focus' }),
    dispose() {
      stopBeat();
      options.window?.removeEventListener('pagehide', sayBye);
      options.window?.removeEventListener('pageshow', onPageShow);
      sayBye();
      for (const off of offs) off();
    },
  };
}
