import { AUDIENCE_PARAM } from './mode.ts';

/** This window's URL with the audience marker (`&view=audience`), the hash kept. */
export function audienceUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set(AUDIENCE_PARAM.name, AUDIENCE_PARAM.value);
  url.searchParams.delete('mode');
  return url.href;
}

/** The named window target: opening it again from the same window reuses it. */
export const audienceTarget = (deckId: string): string =>
  `live-deck-audience-${deckId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export type OpenResult = 'opened' | 'focused' | 'self';

/** How long a newly opened audience window has to say hello before it counts as blocked. */
export const AUDIENCE_HELLO_TIMEOUT_MS = 5000;

export interface AudienceOpenerOptions {
  readonly window: Window;
  readonly deckId: string;
  /** Whether this window is itself the audience window (it never opens another). */
  readonly isAudience: boolean;
  /** Whether another window already announced itself as the audience (over the channel). */
  readonly audienceKnown: () => boolean;
  /** Asks that known audience window to come to the front. */
  readonly focusKnown: () => void;
  /** No audience window said hello in time after opening one: the browser blocked it. */
  readonly onBlocked: () => void;
}

export interface AudienceOpener {
  open(): OpenResult;
  dispose(): void;
}

/**
 * Opens the audience window at most once: a window that is the audience, or that knows one
 * exists (it opened it, or heard from it over the channel), focuses it instead of opening a
 * second one, so clones never chain.
 *
 * The window opens with `noopener`: the browser gives it a process of its own, so the
 * projector's slide never waits for the laptop's window (a widget starting, tfjs loading) and
 * the other way round. The price is that `window.open` returns null, so whether the browser
 * blocked it is learnt from the channel: a window that never says hello was not opened.
 */
export function createAudienceOpener(options: AudienceOpenerOptions): AudienceOpener {
  const { window: win } = options;
  let waiting: number | undefined;
  const stopWaiting = (): void => {
    win.clearTimeout(waiting);
    waiting = undefined;
  };
  return {
    open() {
      if (options.isAudience) {
        win.focus();
        return 'self';
      }
      if (options.audienceKnown()) {
        stopWaiting(); // it said hello: nothing to wait for
        options.focusKnown();
        return 'focused';
      }
      // Opened a moment ago and not yet heard from: a second press must not open another.
      if (waiting !== undefined) return 'focused';
      win.open(
        audienceUrl(win.location.href),
        audienceTarget(options.deckId),
        'popup,noopener,width=1024,height=768',
      );
      // timing: how long an opened window has to say hello (blocked-popup detection), not slides
      waiting = win.setTimeout(() => {
        waiting = undefined;
        if (!options.audienceKnown()) options.onBlocked();
      }, AUDIENCE_HELLO_TIMEOUT_MS);
      return 'opened';
    },
    dispose: stopWaiting,
  };
}
