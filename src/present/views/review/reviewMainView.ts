import type { MainView, MainViewFactory } from '../../mode.ts';
import type { Navigator } from '../../navigator.ts';
import { fontsReady, wholeDeckReady } from '../../readiness.ts';
import { modeUrl } from './modeUrl.ts';
import { createReviewNavigator } from './reviewNavigator.ts';
import { createReviewView } from './reviewView.ts';

const NAV_COMMANDS = ['next', 'previous', 'first', 'last'] as const;
type NavName = (typeof NAV_COMMANDS)[number];
const isNav = (name: string): name is NavName => (NAV_COMMANDS as readonly string[]).includes(name);

/** Wheel and touch scroll the column natively: they never reach the slideshow's gestures. */
const NATIVE_GESTURES = ['wheel', 'touchstart', 'touchend', 'touchcancel'] as const;
const keepGesture = (event: Event): void => event.stopPropagation();

/**
 * `?mode=review`: the review column as the window's main view. The navigation commands move
 * entry by entry (a `--` group is one entry); `r` goes back to the slideshow at the current
 * slide; the presenter view is not switched to from here.
 */
export const reviewMainView: MainViewFactory = (parent, options): MainView => {
  const { store, widgets, window: win } = options;
  // The math stylesheet loads while the column is built.
  const ready = wholeDeckReady(win, store.deck, options.mathStyles);
  const view = createReviewView(parent, store, widgets);
  const navigator: Navigator = createReviewNavigator(store, () => view.groups);
  for (const type of NATIVE_GESTURES) view.element.addEventListener(type, keepGesture);
  let disposed = false;
  return {
    // Then to `#N`, and the fonts of what is shown there.
    ready: ready.then(async () => {
      if (disposed) return;
      view.realign();
      await fontsReady(win);
    }),
    command(name) {
      if (isNav(name)) {
        navigator[name]();
        return true;
      }
      if (name === 'review') {
        win.location.assign(modeUrl(win.location.href, undefined, `#${store.index + 1}`));
        return true;
      }
      return name === 'presenter';
    },
    dispose() {
      disposed = true;
      for (const type of NATIVE_GESTURES) view.element.removeEventListener(type, keepGesture);
      view.dispose();
    },
  };
};
