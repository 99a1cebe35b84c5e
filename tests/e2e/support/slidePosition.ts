// Where the deck is: the current slide's 1-based position, read from the rendered page.
import type { DeckPage } from './session.ts';

/** The 1-based position of the current slide. */
export const currentPosition = (deck: DeckPage): Promise<number> =>
  deck.page.evaluate(
    () => Number(document.querySelector<HTMLElement>('.slide-current')?.dataset.index) + 1,
  );

/** Adds a focused element that takes keys (`data-takes-keys`) to the current slide. */
export const focusKeyTakingWidget = (deck: DeckPage): Promise<void> =>
  deck.page.evaluate(() => {
    const widget = document.createElement('div');
    widget.dataset.takesKeys = '';
    widget.tabIndex = 0;
    document.querySelector('.slide-current .slide-content')?.append(widget);
    widget.focus();
  });
