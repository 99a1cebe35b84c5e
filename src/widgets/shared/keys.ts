import type { Player } from './player.ts';

const FIELD = 'input, select, textarea, [contenteditable="true"]';

/**
 * Keyboard shortcuts inside a widget (Space play/pause, ← → step, Home, End). Keys the widget
 * uses never reach the deck's navigation while the widget has focus.
 */
export function attachKeys(root: HTMLElement, player: Player): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const inField = target !== null && target.closest(FIELD) !== null;
    const onButton = target !== null && target.closest('button') !== null;
    const actions: Record<string, () => void> = {
      ' ': () => player.toggle(),
      ArrowRight: () => player.step(1),
      ArrowLeft: () => player.step(-1),
      Home: () => player.reset(),
      End: () => player.finish(),
    };
    const action = actions[event.key];
    if (action === undefined && event.key !== 'Enter') return;
    // Fields keep their keys; a focused button clicks on Space/Enter by itself.
    event.stopPropagation();
    if (inField || action === undefined) return;
    if (onButton && event.key === ' ') return;
    event.preventDefault();
    action();
  };
  root.addEventListener('keydown', onKeyDown);
  return () => root.removeEventListener('keydown', onKeyDown);
}
