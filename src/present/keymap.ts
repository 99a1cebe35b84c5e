import type { Command } from './commands.ts';

export type { Command, NavCommand } from './commands.ts';

export interface KeyBinding {
  /** `goto` is the digits-then-Enter sequence, handled by the interpreter below. */
  readonly command: Command | 'goto';
  /** Key names as produced by `keyName` (e.g. `ArrowRight`, `Space`, `Shift+Space`, `j`). */
  readonly keys: readonly string[];
  /** Shown in the help overlay (Ukrainian). */
  readonly description: string;
  /** Where the key has an effect; absent means everywhere. */
  readonly scope?: 'presenter';
}

/** The key map. It is data: the help overlay is generated from it. */
export const KEY_BINDINGS: readonly KeyBinding[] = Object.freeze([
  {
    command: 'next',
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'j'],
    description: 'Наступний слайд',
  },
  {
    command: 'previous',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'k'],
    description: 'Попередній слайд',
  },
  { command: 'first', keys: ['Home'], description: 'Перший слайд' },
  { command: 'last', keys: ['End'], description: 'Останній слайд' },
  {
    command: 'goto',
    keys: ['0…9', 'Enter'],
    description: 'Номер, показаний на слайді (як «52» у «52 / 81»), і Enter — перейти до нього',
  },
  { command: 'overview', keys: ['o'], description: 'Огляд усіх слайдів' },
  { command: 'search', keys: ['/'], description: 'Пошук у слайдах і нотатках' },
  { command: 'blackout', keys: ['b'], description: 'Затемнити екран' },
  { command: 'mirror', keys: ['m'], description: 'Віддзеркалити слайд' },
  { command: 'fullscreen', keys: ['f'], description: 'Повноекранний режим' },
  { command: 'clone', keys: ['c'], description: 'Відкрити вікно для глядачів (проєктор)' },
  { command: 'presenter', keys: ['p'], description: 'Режим доповідача: увімкнути / вимкнути' },
  {
    command: 'timer-toggle',
    keys: ['s'],
    description: 'Таймер: запустити / зупинити',
    scope: 'presenter',
  },
  { command: 'timer-reset', keys: ['t'], description: 'Таймер: скинути', scope: 'presenter' },
  {
    command: 'notes-larger',
    keys: ['+', '='],
    description: 'Більший шрифт нотаток',
    scope: 'presenter',
  },
  {
    command: 'notes-smaller',
    keys: ['-'],
    description: 'Менший шрифт нотаток',
    scope: 'presenter',
  },
  { command: 'review', keys: ['r'], description: 'Режим перегляду: усі слайди з нотатками' },
  { command: 'help', keys: ['h', '?'], description: 'Ця довідка' },
  {
    command: 'close',
    keys: ['Escape'],
    description: 'Закрити вікно поверх слайда; вийти з поля чи віджета',
  },
]);

export interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
}

/** A stable name for a key press: `Space`, `Shift+Space`, `Shift+ArrowRight`, `j`, `J`. */
export function keyName(event: KeyLike): string {
  const base = event.key === ' ' || event.key === 'Spacebar' ? 'Space' : event.key;
  // Printable characters already carry Shift in their value (`j` vs `J`).
  const printable = base.length === 1;
  return event.shiftKey && !printable ? `Shift+${base}` : base;
}

export type KeyAction =
  | { readonly type: 'command'; readonly command: Command }
  /**
   * Go to the slide that shows this number (`52` for "52 / 81"), which is not its position
   * when `count: false` slides come before it: the receiver maps it with `indexOfNumber`
   * (src/model/indices.ts).
   */
  | { readonly type: 'goto'; readonly number: number }
  /** A digit was collected; nothing to do yet. */
  | { readonly type: 'pending' }
  | { readonly type: 'none' };

export interface KeyInterpreter {
  interpret(name: string): KeyAction;
  reset(): void;
}

/** Turns key names into actions; remembers typed digits until Enter (or another key). */
export function createKeyInterpreter(
  bindings: readonly KeyBinding[] = KEY_BINDINGS,
): KeyInterpreter {
  const byKey = new Map<string, Command>();
  for (const binding of bindings) {
    if (binding.command === 'goto') continue;
    for (const key of binding.keys) byKey.set(key, binding.command);
  }
  let digits = '';
  return {
    interpret(name) {
      if (/^[0-9]$/.test(name)) {
        digits = (digits + name).slice(-6);
        return { type: 'pending' };
      }
      if (name === 'Enter' && digits !== '') {
        const number = Number.parseInt(digits, 10);
        digits = '';
        return { type: 'goto', number };
      }
      digits = '';
      const command = byKey.get(name);
      return command === undefined ? { type: 'none' } : { type: 'command', command };
    },
    reset() {
      digits = '';
    },
  };
}
