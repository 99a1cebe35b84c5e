import { describe, expect, it } from 'vitest';
import { STOPPED } from '../../src/present/timer.ts';
import {
  createPresenterSettings,
  type KeyValueStore,
  LECTURE_MINUTES,
  NOTES_FONT,
  parseLectureMinutes,
  stepNotesFont,
} from '../../src/present/views/presenter/settings.ts';
import { memoryStore } from './memoryKeyValueStore.ts';

const throwingStore: KeyValueStore = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('denied');
  },
};

describe('stepNotesFont', () => {
  it('steps up and down within the range', () => {
    expect(stepNotesFont(20, 1)).toBe(20 + NOTES_FONT.step);
    expect(stepNotesFont(20, -1)).toBe(20 - NOTES_FONT.step);
    expect(stepNotesFont(NOTES_FONT.max, 1)).toBe(NOTES_FONT.max);
    expect(stepNotesFont(NOTES_FONT.min, -1)).toBe(NOTES_FONT.min);
  });
});

describe('parseLectureMinutes', () => {
  it.each([
    ['80', 80],
    [' 90 ', 90],
    ['45,5', 46],
    ['0', 0],
    ['', 0],
  ])('%j → %j', (text, minutes) => {
    expect(parseLectureMinutes(text)).toBe(minutes);
  });

  it.each(['-5', 'abc', '1e3', String(LECTURE_MINUTES.max + 1)])('%j is refused', (text) => {
    expect(parseLectureMinutes(text)).toBeUndefined();
  });
});

describe('createPresenterSettings', () => {
  it('gives defaults when nothing is stored', () => {
    const settings = createPresenterSettings('a.md', memoryStore(), memoryStore());
    expect(settings.notesFontPx()).toBe(NOTES_FONT.initial);
    expect(settings.lectureMinutes()).toBe(LECTURE_MINUTES.initial);
    expect(settings.timer()).toEqual(STOPPED);
  });

  it('remembers the font and lecture length for every deck, the timer per deck', () => {
    const local = memoryStore();
    const session = memoryStore();
    const a = createPresenterSettings('a.md', local, session);
    a.setNotesFontPx(28);
    a.setLectureMinutes(45);
    a.setTimer({ accumulatedMs: 1234, startedAt: null });
    const again = createPresenterSettings('a.md', local, session);
    expect(again.notesFontPx()).toBe(28);
    expect(again.lectureMinutes()).toBe(45);
    expect(again.timer()).toEqual({ accumulatedMs: 1234, startedAt: null });
    const other = createPresenterSettings('b.md', local, session);
    expect(other.notesFontPx()).toBe(28);
    expect(other.timer()).toEqual(STOPPED);
  });

  it('ignores stored values out of range or malformed', () => {
    const local = memoryStore();
    const session = memoryStore();
    const settings = createPresenterSettings('a.md', local, session);
    local.data.set('deck.presenter.notesFontPx', '500');
    local.data.set('deck.presenter.lectureMinutes', 'soon');
    session.data.set('deck.presenter.timer.a.md', '{not json');
    expect(settings.notesFontPx()).toBe(NOTES_FONT.initial);
    expect(settings.lectureMinutes()).toBe(LECTURE_MINUTES.initial);
    expect(settings.timer()).toEqual(STOPPED);
  });

  it('falls back to defaults when storage is missing or throws', () => {
    for (const store of [undefined, throwingStore]) {
      const settings = createPresenterSettings('a.md', store, store);
      expect(() => settings.setNotesFontPx(30)).not.toThrow();
      expect(() => settings.setTimer(STOPPED)).not.toThrow();
      expect(settings.notesFontPx()).toBe(NOTES_FONT.initial);
      expect(settings.timer()).toEqual(STOPPED);
    }
  });
});
