/** Every command a key, a gesture or a button can trigger. Other views route these names. */
export type NavCommand = 'next' | 'previous' | 'first' | 'last';

export type Command =
  | NavCommand
  | 'blackout'
  | 'mirror'
  | 'fullscreen'
  | 'clone'
  | 'presenter'
  | 'timer-toggle'
  | 'timer-reset'
  | 'notes-larger'
  | 'notes-smaller'
  | 'overview'
  | 'search'
  | 'review'
  | 'help'
  | 'close';

/**
 * Something that may handle commands (a main view, the overlays). Returns true when it handled
 * the command, so the dispatcher stops there.
 */
export interface CommandTarget {
  command?(name: Command): boolean;
}

export type CommandHandlers = Readonly<Partial<Record<Command, () => void>>>;

/**
 * Offers a command to each target in turn (topmost first: overlays, then the main view), and
 * falls back to the app's own handlers. Returns whether anyone handled it.
 */
export function dispatchCommand(
  name: Command,
  targets: readonly (CommandTarget | undefined)[],
  fallback: CommandHandlers,
): boolean {
  for (const target of targets) {
    if (target?.command?.(name) === true) return true;
  }
  const handler = fallback[name];
  if (handler === undefined) return false;
  handler();
  return true;
}
