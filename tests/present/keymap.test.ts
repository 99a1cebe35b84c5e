import { describe, expect, it } from 'vitest';
import { createKeyInterpreter, KEY_BINDINGS, keyName } from '../../src/present/keymap.ts';

const press = (key: string, shiftKey = false): string => keyName({ key, shiftKey });

describe('keyName', () => {
  it('names the space bar and Shift+Space', () => {
    expect(press(' ')).toBe('Space');
    expect(press(' ', true)).toBe('Shift+Space');
  });

  it('leaves shifted printable characters as typed', () => {
    expect(press('J', true)).toBe('J');
    expect(press('ArrowRight', true)).toBe('Shift+ArrowRight');
  });
});

describe('key interpreter', () => {
  const commandOf = (name: string) => createKeyInterpreter().interpret(name);

  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    ['Space', 'next'],
    ['j', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Shift+Space', 'previous'],
    ['k', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
  ])('%s → %s', (name, command) => {
    expect(commandOf(name)).toEqual({ type: 'command', command });
  });

  it.each([
    ['b', 'blackout'],
    ['m', 'mirror'],
    ['f', 'fullscreen'],
    ['c', 'clone'],
    ['p', 'presenter'],
    ['s', 'timer-toggle'],
    ['t', 'timer-reset'],
    ['+', 'notes-larger'],
    ['-', 'notes-smaller'],
    ['o', 'overview'],
    ['/', 'search'],
    ['r', 'review'],
    ['h', 'help'],
    ['?', 'help'],
    ['Escape', 'close'],
  ])('%s → %s', (name, command) => {
    expect(commandOf(name)).toEqual({ type: 'command', command });
  });

  it('ignores unbound keys, including shifted letters', () => {
    expect(commandOf('x')).toEqual({ type: 'none' });
    expect(commandOf('B')).toEqual({ type: 'none' });
    expect(commandOf('J')).toEqual({ type: 'none' });
    expect(commandOf('Enter')).toEqual({ type: 'none' });
  });

  it('collects digits until Enter and returns the 1-based position', () => {
    const keys = createKeyInterpreter();
    expect(keys.interpret('1')).toEqual({ type: 'pending' });
    expect(keys.interpret('2')).toEqual({ type: 'pending' });
    expect(keys.interpret('Enter')).toEqual({ type: 'goto', number: 12 });
    expect(keys.interpret('Enter')).toEqual({ type: 'none' });
  });

  it('forgets typed digits when another key comes first', () => {
    const keys = createKeyInterpreter();
    keys.interpret('4');
    expect(keys.interpret('ArrowRight')).toEqual({ type: 'command', command: 'next' });
    expect(keys.interpret('Enter')).toEqual({ type: 'none' });
  });

  it('binds every key at most once in the table', () => {
    const keys = KEY_BINDINGS.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
