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

export type OpenResult = 'opened' | 'focused' | 'blocked' | 'self';

export interface AudienceOpenerOptions {
  readonly window: Window;
  readonly deckId: string;
  /** Whether this window is itself the audience window (it never opens another). */
  readonly isAudience: boolean;
  /** Whether another window already announced itself as the audience (over the channel). */
  readonly audienceKnown: () => boolean;
  /** Asks that known audience window to come to the front. */
  readonly focusKnown: () => void;
}

export interface AudienceOpener {
  open(): OpenResult;
}

/**
 * Opens the audience window at most once: a window that is the audience, or that knows one
 * exists (it opened it, or heard from it over the channel), focuses it instead of opening a
 * second one, so clones never chain.
 */
export function createAudienceOpener(options: AudienceOpenerOptions): AudienceOpener {
  const { window: win } = options;
  let opened: Window | null = null;
  return {
    open() {
      if (options.isAudience) {
        win.focus();
        return 'self';
      }
      if (opened !== null && !opened.closed) {
        opened.focus();
        return 'focused';
      }
      if (options.audienceKnown()) {
        options.focusKnown();
        return 'focused';
      }
      opened = win.open(
        audienceUrl(win.location.href),
        audienceTarget(options.deckId),
        'popup,width=1024,height=768',
      );
      return opened === null ? 'blocked' : 'opened';
    },
  };
}
