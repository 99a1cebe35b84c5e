/**
 * The presenter bar's time part: elapsed time with start/stop and reset, the lecture length
 * with the countdown and the pace hint, the live fits' time budget, and the wall clock. Redraws once per second (only the
 * texts that changed) and on demand.
 */
import {
  type Clock,
  countdown,
  createTimer,
  formatClock,
  formatDuration,
  nextTickDelay,
} from '../../timer.ts';
import { button, element, setText } from './dom.ts';
import { createFitBudgetField } from './fitBudgetField.ts';
import { pace, paceText } from './pace.ts';
import { LECTURE_MINUTES, type PresenterSettings, parseLectureMinutes } from './settings.ts';

export interface TimerPanelOptions {
  readonly clock: Clock;
  readonly settings: PresenterSettings;
  /** Where the lecturer is: 0-based position and the number of positions. */
  readonly position: () => { readonly index: number; readonly count: number };
}

export interface TimerPanel {
  /** The elapsed-time group (timer and its buttons). */
  readonly timer: HTMLElement;
  /** The lecture length, countdown, pace hint and the live fits' time budget. */
  readonly schedule: HTMLElement;
  readonly clock: HTMLElement;
  toggle(): void;
  reset(): void;
  /** Redraws now (e.g. the slide changed, so the pace did). */
  refresh(): void;
  dispose(): void;
}

export function createTimerPanel(doc: Document, options: TimerPanelOptions): TimerPanel {
  const win = doc.defaultView;
  const { clock, settings } = options;
  const timer = createTimer(clock, settings.timer());
  let lectureMinutes = settings.lectureMinutes();
  let tick: number | undefined;

  const timerGroup = element(doc, 'div', 'presenter-timer');
  timerGroup.setAttribute('role', 'group');
  timerGroup.setAttribute('aria-label', 'Таймер');
  const elapsed = element(doc, 'span', 'presenter-elapsed', '00:00');
  elapsed.setAttribute('role', 'timer');
  elapsed.setAttribute('aria-label', 'Минуло часу');
  const toggleButton = button(doc, 'presenter-button presenter-toggle', 'Старт', () =>
    panel.toggle(),
  );
  toggleButton.title = 'Запустити або зупинити таймер (s)';
  const resetButton = button(doc, 'presenter-button presenter-reset', 'Скинути', () =>
    panel.reset(),
  );
  resetButton.title = 'Скинути таймер (t)';
  timerGroup.append(elapsed, toggleButton, resetButton);

  const schedule = element(doc, 'div', 'presenter-schedule');
  // The label wraps its field: labelled without ids (two views may share a document).
  const label = element(doc, 'label', 'presenter-length', 'Лекція, хв ');
  const input = element(doc, 'input', 'presenter-length-input');
  label.append(input);
  input.type = 'number';
  input.min = String(LECTURE_MINUTES.min);
  input.max = String(LECTURE_MINUTES.max);
  input.step = '1';
  input.inputMode = 'numeric';
  input.value = String(lectureMinutes);
  input.title = 'Тривалість лекції у хвилинах (0 — без зворотного відліку)';
  const remaining = element(doc, 'span', 'presenter-remaining');
  const paceHint = element(doc, 'span', 'presenter-pace');
  const fitBudget = createFitBudgetField(doc, settings);
  schedule.append(label, remaining, paceHint, fitBudget.element);

  const wallClock = element(doc, 'time', 'presenter-clock');
  wallClock.title = 'Годинник';

  const onInput = (): void => {
    const minutes = parseLectureMinutes(input.value);
    if (minutes === undefined) return;
    lectureMinutes = minutes;
    settings.setLectureMinutes(minutes);
    draw();
  };
  // Enter gives the slide keys back (keys typed in the field do not move slides).
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === 'Escape') input.blur();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKeyDown);

  const draw = (): void => {
    const now = clock();
    const ms = timer.elapsed();
    setText(elapsed, formatDuration(ms));
    setText(toggleButton, timer.running ? 'Пауза' : ms > 0 ? 'Продовжити' : 'Старт');
    timerGroup.classList.toggle('presenter-running', timer.running);
    const lengthMs = lectureMinutes * 60_000;
    const left = lengthMs > 0 ? countdown(ms, lengthMs) : undefined;
    setText(
      remaining,
      left === undefined
        ? ''
        : left.overtime
          ? `Понад час ${left.text}`
          : `Залишилось ${left.text}`,
    );
    remaining.classList.toggle('presenter-overtime', left?.overtime === true);
    const { index, count } = options.position();
    const hint = pace({ elapsedMs: ms, lengthMs, index, count });
    setText(paceHint, paceText(hint));
    if (paceHint.dataset.pace !== hint.kind) paceHint.dataset.pace = hint.kind;
    setText(wallClock, formatClock(now));
  };

  const scheduleTick = (): void => {
    if (win === null) return;
    if (tick !== undefined) win.clearTimeout(tick);
    // timing: the lecture timer's and wall clock's tick
    tick = win.setTimeout(
      () => {
        tick = undefined;
        draw();
        scheduleTick();
      },
      nextTickDelay(clock(), timer),
    );
  };

  const changed = (): void => {
    settings.setTimer(timer.snapshot());
    draw();
    scheduleTick(); // re-align the tick with the elapsed seconds
  };

  const panel: TimerPanel = {
    timer: timerGroup,
    schedule,
    clock: wallClock,
    toggle() {
      timer.toggle();
      changed();
    },
    reset() {
      timer.reset();
      changed();
    },
    refresh: draw,
    dispose() {
      if (tick !== undefined) win?.clearTimeout(tick);
      tick = undefined;
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKeyDown);
      fitBudget.dispose();
      settings.setTimer(timer.snapshot());
    },
  };
  draw();
  scheduleTick();
  return panel;
}
