import { h } from './dom.ts';
import { icon } from './icons.ts';
import type { Player, PlayerState } from './player.ts';

export interface Controls {
  readonly element: HTMLElement;
  /** Refreshes the play/pause label, disabled states and the status text. */
  update(position: number, state: PlayerState, status: string): void;
}

/** The transport bar: real buttons for reset, back, play/pause, step, end, plus a status line. */
export function createControls(doc: Document, player: Player): Controls {
  const button = (action: string, label: string, run: () => void) => {
    const b = h(
      doc,
      'button',
      { type: 'button', class: 'cw-btn', 'data-action': action },
      icon(doc, action),
    );
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', run);
    return b;
  };
  const reset = button('reset', 'На початок (Home)', () => player.reset());
  const back = button('back', 'Крок назад (←)', () => player.step(-1));
  const play = button('play', 'Відтворити (пробіл)', () => player.toggle());
  const step = button('step', 'Крок уперед (→)', () => player.step(1));
  const end = button('end', 'До кінця (End)', () => player.finish());
  const status = h(doc, 'span', { class: 'cw-status', 'aria-live': 'polite' });
  const element = h(doc, 'div', { class: 'cw-controls' }, reset, back, play, step, end, status);
  return {
    element,
    update(position, state, text) {
      const running = state === 'running';
      play.replaceChildren(icon(doc, running ? 'pause' : 'play'));
      play.setAttribute('aria-label', running ? 'Пауза (пробіл)' : 'Відтворити (пробіл)');
      play.title = play.getAttribute('aria-label') ?? '';
      play.setAttribute('aria-pressed', String(running));
      reset.disabled = position === 0 && !running;
      back.disabled = position === 0;
      step.disabled = position >= player.steps;
      end.disabled = position >= player.steps;
      play.disabled = player.steps === 0;
      status.textContent = text;
    },
  };
}
