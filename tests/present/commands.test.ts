import { describe, expect, it } from 'vitest';
import { type Command, type CommandTarget, dispatchCommand } from '../../src/present/commands.ts';

describe('dispatchCommand', () => {
  const recorder = (handles: readonly Command[], log: string[], name: string): CommandTarget => ({
    command(command) {
      log.push(`${name}:${command}`);
      return handles.includes(command);
    },
  });

  it('offers the command top-down and stops at the first target that handles it', () => {
    const log: string[] = [];
    const overlays = recorder(['close'], log, 'overlays');
    const view = recorder(['timer-toggle'], log, 'view');
    let fallback = 0;
    const handled = dispatchCommand('timer-toggle', [overlays, view], {
      'timer-toggle': () => {
        fallback += 1;
      },
    });
    expect(handled).toBe(true);
    expect(log).toEqual(['overlays:timer-toggle', 'view:timer-toggle']);
    expect(fallback).toBe(0);
  });

  it('falls back to the app handlers, skipping targets without command()', () => {
    const calls: Command[] = [];
    const handled = dispatchCommand('next', [undefined, {}], { next: () => calls.push('next') });
    expect(handled).toBe(true);
    expect(calls).toEqual(['next']);
  });

  it('reports a command nobody handles', () => {
    expect(dispatchCommand('notes-larger', [{ command: () => false }], {})).toBe(false);
  });
});
