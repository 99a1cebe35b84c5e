import type { WidgetHost } from '../widgets/host.ts';
import type { CommandTarget } from './commands.ts';
import type { DisplayState } from './display.ts';
import type { Store } from './store.ts';

/**
 * How this window presents the deck: the plain slideshow, the lecturer's presenter view
 * (`p`, `#pN`), the audience (clone) window opened with `c` (`&view=audience`), or the
 * whole deck at once: review (`?mode=review`) and print (`?mode=print`).
 */
export type Mode = 'slideshow' | 'presenter' | 'audience' | 'review' | 'print';

/** The query parameter and value that mark the audience window. */
export const AUDIENCE_PARAM = Object.freeze({ name: 'view', value: 'audience' });

/** What every main view gets. */
export interface MainViewOptions {
  readonly store: Store;
  readonly widgets: WidgetHost;
  /** Blackout and mirror (synced with the audience window). */
  readonly display: DisplayState;
  readonly mode: Mode;
  readonly window: Window;
  /** Loads the math stylesheet (e.g. notes may show math when the slide does not). */
  readonly mathStyles?: () => Promise<unknown>;
  /** A setting could not be saved or read (quota, blocked storage): tell the lecturer. */
  readonly onStorageError?: (message: string) => void;
}

/** The view that fills the window in a mode. `command` handles what it can (see commands.ts). */
export interface MainView extends CommandTarget {
  /** Views that lay out the whole deck: resolves when it is laid out (awaited by `ready`). */
  readonly ready?: Promise<unknown>;
  dispose(): void;
}

export type MainViewFactory = (parent: HTMLElement, options: MainViewOptions) => MainView;

/**
 * The mode a window starts in: the audience marker, else `?mode=review|print`, else `#pN`,
 * else the slideshow.
 */
export function initialMode(search: string, presenterHash: boolean): Mode {
  const params = new URLSearchParams(search);
  if (params.get(AUDIENCE_PARAM.name) === AUDIENCE_PARAM.value) return 'audience';
  const asked = params.get('mode');
  if (asked === 'review' || asked === 'print') return asked;
  return presenterHash ? 'presenter' : 'slideshow';
}

/** The URL of review mode for this deck at this 1-based position (`?p=…&mode=review#N`). */
export function reviewHref(href: string, position: number): string {
  const url = new URL(href);
  url.searchParams.set('mode', 'review');
  url.searchParams.delete('view');
  url.hash = `#${position}`;
  return url.href;
}
