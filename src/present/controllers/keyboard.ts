import type { Command } from '../commands.ts';
import { createKeyInterpreter, KEY_BINDINGS, type KeyBinding, keyName } from '../keymap.ts';

export interface KeyboardController {
  dispose(): void;
}

/** What the keyboard drives: commands by name, and digits-then-Enter jumps. */
export interface KeyCommandSink {
  command(name: Command): void;
  /** Go to the slide that shows this number (ignored when no slide shows it). */
  goToNumber(number: number): void;
}

/**
 * Where keys belong to the element, not to the deck. Widgets (and overlays) mark their root
 * with `data-takes-keys`; see src/widgets/shared/frame.ts.
 */
const KEY_OWNERS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [data-takes-keys]';

/** True when the key belongs to a form field, an editable element or a widget. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(KEY_OWNERS)) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Controls that Space activates: a focused one keeps Space (it presses, not moves). Links are
 * not among them (Space does nothing on a link), so Space still advances after a link click.
 */
const SPACE_OWNERS =
  'button, summary, [role="button"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"]';

const ownsSpace = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest(SPACE_OWNERS) !== null;

export interface KeyboardControllerOptions extends KeyCommandSink {
  /** Where keys are heard (the window). */
  readonly target: EventTarget;
  /** The key table (default: src/present/keymap.ts). */
  readonly bindings?: readonly KeyBinding[];
}

/** Listens for keys from creation until `dispose()` (the controllers' shape: options in, dispose out). */
export function createKeyboardController(options: KeyboardControllerOptions): KeyboardController {
  const { target } = options;
  const sink: KeyCommandSink = options;
  const interpreter = createKeyInterpreter(options.bindings ?? KEY_BINDINGS);
  const onKeyDown = (event: Event): void => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.defaultPrevented) return;
    if (isEditableTarget(event.target)) {
      // Esc leaves a field or a widget, so the deck's keys work again (dialogs close on Esc).
      const target = event.target as HTMLElement;
      if (event.key === 'Escape' && !target.closest('dialog')) target.blur();
      return;
    }
    const name = keyName(event);
    if ((name === 'Space' || name === 'Shift+Space') && ownsSpace(event.target)) return;
    const action = interpreter.interpret(name);
    switch (action.type) {
      case 'command':
        event.preventDefault();
        sink.command(action.command);
        return;
      case 'goto':
        event.preventDefault();
        sink.goToNumber(action.number);
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
