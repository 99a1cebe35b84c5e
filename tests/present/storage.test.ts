import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  reportingStorage,
  type StorageError,
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
