/**
 * The presenter's remembered choices: notes font size, lecture length and the live fits'
 * time budget (localStorage, for every lecture; the budget's key is shared with the live
 * cells through src/model/fitBudget.ts), and the running timer (sessionStorage per deck, so a reload or leaving
 * presenter mode keeps counting). Storage may be missing or throw (private windows): then
 * the defaults apply and nothing is remembered.
 */
import { FIT_BUDGET, FIT_BUDGET_KEY, readFitBudget } from '../../../model/fitBudget.ts';
import { type KeyValueStore, readStored, StoredTimerSchema, storedInteger } from '../../storage.ts';
import { STOPPED, type TimerSnapshot } from '../../timer.ts';

export type { KeyValueStore } from '../../storage.ts';

export const NOTES_FONT = Object.freeze({ min: 12, max: 48, step: 2, initial: 20 });
export const LECTURE_MINUTES = Object.freeze({ min: 0, max: 600, initial: 80 });

const KEYS = Object.freeze({
  notesFont: 'deck.presenter.notesFontPx',
  lectureMinutes: 'deck.presenter.lectureMinutes',
  timer: (deckId: string) => `deck.presenter.timer.${deckId}`,
});

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));

/** The notes font one step larger (`+1`) or smaller (`-1`), within the allowed range. */
export function stepNotesFont(px: number, direction: 1 | -1): number {
  return clamp(px + direction * NOTES_FONT.step, NOTES_FONT.min, NOTES_FONT.max);
}

/**
 * Lecture length typed in minutes: a whole number in range, `0` (or empty) turns the
 * countdown off; anything else is `undefined` (keep the previous value).
 */
export function parseLectureMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d+([.,]\d*)?$/.test(trimmed)) return undefined;
  const minutes = Math.round(Number.parseFloat(trimmed.replace(',', '.')));
  return minutes >= LECTURE_MINUTES.min && minutes <= LECTURE_MINUTES.max ? minutes : undefined;
}

const write = (store: KeyValueStore | undefined, key: string, value: string): void => {
  try {
    store?.setItem(key, value);
  } catch {
    // Storage full or denied: the choice lasts for this view only.
  }
};

const readNumber = (
  store: KeyValueStore | undefined,
  key: string,
  range: { readonly min: number; readonly max: number; readonly initial: number },
): number => readStored(store, key, storedInteger(range.min, range.max), range.initial);

export interface PresenterSettings {
  notesFontPx(): number;
  setNotesFontPx(px: number): void;
  lectureMinutes(): number;
  setLectureMinutes(minutes: number): void;
  /** Seconds a live fit may take before it asks (shorter run or full): the live cells read it. */
  fitBudgetSeconds(): number;
  setFitBudgetSeconds(seconds: number): void;
  timer(): TimerSnapshot;
  setTimer(snapshot: TimerSnapshot): void;
}

export function createPresenterSettings(
  deckId: string,
  local: KeyValueStore | undefined,
  session: KeyValueStore | undefined,
): PresenterSettings {
  return {
    notesFontPx: () => readNumber(local, KEYS.notesFont, NOTES_FONT),
    setNotesFontPx: (px) => write(local, KEYS.notesFont, String(px)),
    lectureMinutes: () => readNumber(local, KEYS.lectureMinutes, LECTURE_MINUTES),
    setLectureMinutes: (minutes) => write(local, KEYS.lectureMinutes, String(minutes)),
    fitBudgetSeconds: () => readFitBudget(local),
    setFitBudgetSeconds: (seconds) => {
      const value = Math.round(Math.min(FIT_BUDGET.max, Math.max(FIT_BUDGET.min, seconds)));
      write(local, FIT_BUDGET_KEY, String(value));
    },
    timer: () => readStored(session, KEYS.timer(deckId), StoredTimerSchema, STOPPED),
    setTimer: (snapshot) => write(session, KEYS.timer(deckId), JSON.stringify(snapshot)),
  };
}

/** `window.localStorage` / `sessionStorage` may throw on access itself (blocked storage). */
export function storageOf(
  win: Window,
  kind: 'localStorage' | 'sessionStorage',
): Storage | undefined {
  try {
    return win[kind];
  } catch {
    return undefined;
  }
}
