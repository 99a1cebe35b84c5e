import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  readStored,
  reportingStorage,
  type StorageError,
  StoredTimerSchema,
  storedInteger,
} from '../../src/present/storage.ts';
import { createPresenterSettings } from '../../src/present/views/presenter/settings.ts';

/** A Storage whose writes fail as a full browser quota does (reads work). */
function fullStorage(): KeyValueStore & { full: boolean; readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    full: true,
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const QUOTA_MESSAGE =
  'Не вдалося запам’ятати налаштування: у браузері скінчилося місце для збережених даних ' +
  '(QuotaExceededError) — вони діятимуть лише до перезавантаження.';

describe('storage failures reach the lecturer', () => {
  it('a presenter setting that cannot be saved (quota) produces the message, once', () => {
    const errors: StorageError[] = [];
    const local = fullStorage();
    const settings = createPresenterSettings(
      'deck',
      reportingStorage(local, (e) => errors.push(e)),
      undefined,
    );
    settings.setNotesFontPx(24);
    settings.setNotesFontPx(26);
    expect(errors.map((e) => [e.operation, e.key, e.message])).toEqual([
      ['write', 'deck.presenter.notesFontPx', QUOTA_MESSAGE],
    ]);
    expect(errors.map((e) => (e.cause as DOMException).name)).toEqual(['QuotaExceededError']);
    // The setting still applies to this view (the presenter's own fallback).
    expect(settings.notesFontPx()).toBe(20);
  });

  it('the timer in sessionStorage: reported again after a write succeeded in between', () => {
    const errors: StorageError[] = [];
    const session = fullStorage();
    const settings = createPresenterSettings(
      'deck',
      undefined,
      reportingStorage(session, (e) => errors.push(e)),
    );
    const snapshot = { accumulatedMs: 0, startedAt: 1 };
    settings.setTimer(snapshot);
    session.full = false;
    settings.setTimer(snapshot);
    session.full = true;
    settings.setTimer(snapshot);
    expect(errors).toHaveLength(2);
    expect(errors[0]?.key).toBe('deck.presenter.timer.deck');
  });

  it('reads that throw (storage denied) are reported too; no storage stays none', () => {
    const errors: StorageError[] = [];
    const denied: KeyValueStore = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const settings = createPresenterSettings(
      'deck',
      reportingStorage(denied, (e) => errors.push(e)),
      undefined,
    );
    expect(settings.lectureMinutes()).toBe(80);
    expect(errors[0]?.message).toBe(
      'Не вдалося прочитати збережені налаштування: браузер не дозволяє зберігати дані ' +
        '(SecurityError) — діють типові.',
    );
    expect(reportingStorage(undefined, () => undefined)).toBeUndefined();
  });
});

describe('stored values are read through schemas', () => {
  const store = (items: Record<string, string>): KeyValueStore => ({
    getItem: (key) => items[key] ?? null,
    setItem: () => undefined,
  });
  const STOPPED = { accumulatedMs: 0, startedAt: null };

  it.each([
    ['20', 20],
    ['12', 12],
    ['48', 48],
    ['11', 7],
    ['49', 7],
    ['20.5', 7],
    ['', 7],
    ['1e1', 7],
    // Surrounding whitespace (an older version, a hand edit) is ignored...
    [' 20', 20],
    ['20 ', 20],
    ['\t 24\n', 24],
    ['\u00a012\u3000', 12],
    // ...but only around a plain ASCII number.
    [' 2 0 ', 7],
    ['   ', 7],
    ['20px', 7],
    [' 20px ', 7],
    ['2e1', 7],
    [' 2e1 ', 7],
    ['0x14', 7],
    ['+20', 7],
    ['20.0', 7],
    ['１２', 7],
    [' １２ ', 7],
    ['٢٠', 7],
  ])('a whole number in range: %j → %d', (text, expected) => {
    expect(readStored(store({ k: text }), 'k', storedInteger(12, 48), 7)).toBe(expected);
  });

  it('presenter settings saved with whitespace around them (older versions) still apply', () => {
    const local = store({
      'deck.presenter.notesFontPx': ' 24',
      'deck.presenter.lectureMinutes': '90\n',
    });
    const settings = createPresenterSettings('deck', local, undefined);
    expect([settings.notesFontPx(), settings.lectureMinutes()]).toEqual([24, 90]);
    const hacked = store({ 'deck.presenter.notesFontPx': ' 24px ' });
    expect(createPresenterSettings('deck', hacked, undefined).notesFontPx()).toBe(20);
  });

  it('the timer: well-formed JSON only, finite and not negative', () => {
    const read = (text: string) => readStored(store({ t: text }), 't', StoredTimerSchema, STOPPED);
    expect(read('{"accumulatedMs":1500,"startedAt":null}')).toEqual({
      accumulatedMs: 1500,
      startedAt: null,
    });
    expect(read('{"accumulatedMs":0,"startedAt":1733000000000,"x":1}')).toEqual({
      accumulatedMs: 0,
      startedAt: 1733000000000,
    });
    for (const bad of [
      '{',
      'null',
      '[]',
      '{"accumulatedMs":-1,"startedAt":null}',
      '{"accumulatedMs":"1","startedAt":null}',
      '{"accumulatedMs":1}',
      '{"accumulatedMs":1,"startedAt":"now"}',
      `{"accumulatedMs":1,"startedAt":null,"pad":"${'x'.repeat(1000)}"}`,
    ]) {
      expect(read(bad), bad).toBe(STOPPED);
    }
    expect(readStored(undefined, 't', StoredTimerSchema, STOPPED)).toBe(STOPPED);
  });
});
