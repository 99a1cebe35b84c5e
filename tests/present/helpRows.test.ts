import { describe, expect, it } from 'vitest';
import { helpRows, keyLabel } from '../../src/present/helpRows.ts';
import { KEY_BINDINGS } from '../../src/present/keymap.ts';

describe('help rows', () => {
  it('has one row per binding, in table order, with every key', () => {
    const rows = helpRows(KEY_BINDINGS);
    expect(rows.map((r) => r.description.replace(' (режим доповідача)', ''))).toEqual(
      KEY_BINDINGS.map((b) => b.description),
    );
    expect(rows.flatMap((r) => r.keys)).toHaveLength(KEY_BINDINGS.flatMap((b) => b.keys).length);
  });

  it('writes keys for people and marks presenter-only keys', () => {
    expect(keyLabel('ArrowRight')).toBe('→');
    expect(keyLabel('Space')).toBe('Пробіл');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('b')).toBe('b');
    const rows = helpRows([
      { command: 'timer-toggle', keys: ['s'], description: 'Таймер', scope: 'presenter' },
    ]);
    expect(rows[0]?.description).toBe('Таймер (режим доповідача)');
  });
});
