import { slideIndex } from '../../model/index.ts';
import { createKeyInterpreter, KEY_BINDINGS, type KeyBinding, keyName } from '../keymap.ts';
import type { Navigator } from '../navigator.ts';

export interface KeyboardController {
  dispose(): void;
}

/** Where keys belong to the element, not to the deck (widgets mark themselves takes-keys). */
const KEY_OWNERS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [data-takes-keys]';

/** True when the key belongs to a form field, an editable element or a widget. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(KEY_OWNERS)) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

export function createKeyboardController(
  target: EventTarget,
  navigator: Navigator,
  bindings: readonly KeyBinding[] = KEY_BINDINGS,
): KeyboardController {
  const interpreter = createKeyInterpreter(bindings);
  const onKeyDown = (event: Event): void => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (isEditableTarget(event.target)) return;
    const action = interpreter.interpret(keyName(event));
    switch (action.type) {
      case 'command':
        event.preventDefault();
        navigator[action.command]();
        return;
      case 'goto':
        event.preventDefault();
        if (action.position >= 1 && action.position <= navigator.count) {
          navigator.goTo(slideIndex(action.position - 1));
        }
        return;
      case 'pending':
      case 'none':
        return;
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return {
    dispose() {
      target.removeEventListener('keydown', onKeyDown);
      interpreter.reset();
    },
  };
}
