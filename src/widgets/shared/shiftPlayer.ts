import type { Frame } from './frame.ts';
import type { Player } from './player.ts';
import { positionOf, shiftPath } from './shiftPath.ts';
import { createShiftSliders, fmtShift } from './shiftSliders.ts';

export interface ShiftPlayerOptions {
  /** Shifts run over −range…range pixels on both axes. */
  readonly range: number;
  /** The range of the path the player walks dx along (`range` when absent). */
  readonly pathRange?: number;
  readonly intervalMs: number;
  /** Runs after every change of the shift. */
  readonly onShift: (axis: 'dx' | 'dy') => void;
}

/** The shift shown, in whole pixels (right and down are +). */
export interface Shift {
  dx: number;
  dy: number;
}

export interface ShiftPlayer {
  /** The dx/dy sliders. */
  readonly element: HTMLElement;
  readonly player: Player;
}

/**
 * The shift widgets' controls: dx/dy sliders and a player walking dx along a shift path
 * (0 → +r → −r → 0; never autoplaying by itself). A dx chosen on the slider that lies on the
 * path moves the player there; one off the path pauses it and is shown as is. Writes the
 * shift into `shift`. Call it once `onShift` can run: the player shows position 0 at once.
 */
export function createShiftPlayer(
  frame: Frame,
  shift: Shift,
  options: ShiftPlayerOptions,
): ShiftPlayer {
  const path = shiftPath(options.pathRange ?? options.range);
  const sliders = createShiftSliders(frame.doc, options.range, (axis, value) => {
    if (axis === 'dy') {
      shift.dy = value;
      options.onShift('dy');
      return;
    }
    const at = positionOf(path, value);
    if (at >= 0) player.step(at - player.position);
    else {
      player.pause();
      shift.dx = value;
      options.onShift('dx');
    }
  });
  const player = frame.animate({
    steps: path.length - 1,
    intervalMs: options.intervalMs,
    render: (position) => {
      shift.dx = path[position] ?? 0;
      sliders.set(shift.dx, shift.dy);
      options.onShift('dx');
    },
    status: () => `dx = ${fmtShift(shift.dx)}`,
    autoplay: false,
  });
  frame.onDispose(() => sliders.dispose());
  return { element: sliders.element, player };
}
