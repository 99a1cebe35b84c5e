import type { KeyBinding } from './keymap.ts';

/** How a key is written in the help overlay. */
const KEY_LABELS: Readonly<Record<string, string>> = Object.freeze({
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  Space: 'Пробіл',
  'Shift+Space': 'Shift + Пробіл',
  Escape: 'Esc',
});

export const keyLabel = (key: string): string => KEY_LABELS[key] ?? key;

export interface HelpRow {
  readonly keys: readonly string[];
  readonly description: string;
}

/** The help overlay's rows, generated from the key table (one row per binding, in order). */
export function helpRows(bindings: readonly KeyBinding[]): HelpRow[] {
  return bindings.map((binding) => ({
    keys: binding.keys.map(keyLabel),
    description:
      binding.scope === 'presenter'
        ? `${binding.description} (режим доповідача)`
        : binding.description,
  }));
}
