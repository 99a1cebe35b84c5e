import { describe, expect, it } from 'vitest';
import { channelName } from '../../../src/present/sync/channel.ts';
import { parseSyncMessage } from '../../../src/present/sync/messages.ts';

describe('parseSyncMessage', () => {
  it.each([
    [{ ns: 'nav', from: 'a', index: 4 }],
    [{ ns: 'display', from: 'a', blackout: true, mirror: false }],
    [{ ns: 'widget', from: 'a', topic: 'live-session', data: { step: 2 } }],
    [{ ns: 'hello', from: 'a', role: 'audience' }],
    [{ ns: 'bye', from: 'a', role: 'main' }],
    [{ ns: 'state', from: 'a', to: 'b', role: 'main', index: 0, blackout: false, mirror: true }],
    [{ ns: 'focus', from: 'a' }],
  ])('accepts %o', (message) => {
    expect(parseSyncMessage(message)).toEqual(message);
  });

  it('drops extra fields', () => {
    expect(parseSyncMessage({ ns: 'nav', from: 'a', index: 1, evil: '<script>' })).toEqual({
      ns: 'nav',
      from: 'a',
      index: 1,
    });
  });

  it.each([
    ['not an object', 'nav'],
    ['null', null],
    ['an array', [1, 2]],
    ['no sender', { ns: 'nav', index: 1 }],
    ['an unknown namespace', { ns: 'eval', from: 'a' }],
    ['a negative index', { ns: 'nav', from: 'a', index: -1 }],
    ['a fractional index', { ns: 'nav', from: 'a', index: 1.5 }],
    ['a string index', { ns: 'nav', from: 'a', index: '3' }],
    ['a non-boolean flag', { ns: 'display', from: 'a', blackout: 1, mirror: false }],
    ['an empty topic', { ns: 'widget', from: 'a', topic: '', data: 1 }],
    ['an unknown role', { ns: 'hello', from: 'a', role: 'admin' }],
    [
      'a state without addressee',
      { ns: 'state', from: 'a', role: 'main', index: 0, blackout: false, mirror: false },
    ],
  ])('rejects %s', (_what, data) => {
    expect(parseSyncMessage(data)).toBeUndefined();
  });

  it('names one channel per deck', () => {
    expect(channelName('lecture5.md')).toBe('live-deck:lecture5.md');
    expect(channelName('intro.md')).not.toBe(channelName('lecture5.md'));
  });
});

describe('parseSyncMessage: bounds', () => {
  it.each([
    ['a sender id over 64 characters', { ns: 'focus', from: 'a'.repeat(65) }],
    ['an empty sender id', { ns: 'focus', from: '' }],
    ['an index past the last possible slide', { ns: 'nav', from: 'a', index: 100_000 }],
    ['a NaN index', { ns: 'nav', from: 'a', index: Number.NaN }],
    ['an infinite index', { ns: 'nav', from: 'a', index: Number.POSITIVE_INFINITY }],
    ['a topic over 200 characters', { ns: 'widget', from: 'a', topic: 't'.repeat(201) }],
  ])('rejects %s', (_what, data) => {
    expect(parseSyncMessage(data)).toBeUndefined();
  });

  it('passes a widget event without data on (the widget checks its own payload)', () => {
    expect(parseSyncMessage({ ns: 'widget', from: 'a', topic: 'x' })).toEqual({
      ns: 'widget',
      from: 'a',
      topic: 'x',
    });
  });
});
