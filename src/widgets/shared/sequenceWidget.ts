import { type Frame, flag, mountFrame } from './frame.ts';
import type { Player } from './player.ts';
import { createSequenceInput, initialSequences, type SequenceExample } from './sequenceInput.ts';

/** What a 1D widget shows below the example list and the x/u fields. */
export interface SequenceView {
  /** The view's elements, in order, placed after the sequence input. */
  readonly elements: readonly HTMLElement[];
  /** Rebuilds the view for these sequences; returns the number of steps they take. */
  setData(x: readonly number[], u: readonly number[]): number;
  /** Shows step `position` (0: before the first step). */
  render(position: number): void;
}

export interface SequenceWidgetOptions {
  /** The widget's name (`data-widget`) and accessible label. */
  readonly name: string;
  readonly label: string;
  readonly examples: readonly SequenceExample[];
  /** The example shown when the params name none. */
  readonly defaultExample: string;
  readonly createView: (frame: Frame) => SequenceView;
}

/**
 * The start-up shared by the 1D widgets: a signal x and kernel u from the params (or an
 * example), an input to change them, and a player stepping through the view, reset on
 * every change. Params: `example`, or `x` and `u`; `autoplay`.
 */
export function mountSequenceWidget(
  element: HTMLElement,
  params: Readonly<Record<string, string>>,
  options: SequenceWidgetOptions,
): { dispose(): void } {
  const frame = mountFrame(element, { name: options.name, label: options.label });
  const initial = initialSequences(params, options.examples, options.defaultExample);
  if (typeof initial === 'string') {
    frame.fail(initial);
    return { dispose: frame.dispose };
  }
  const view = options.createView(frame);
  let player: Player | undefined;
  const setData = (x: readonly number[], u: readonly number[]): number => {
    const steps = view.setData(x, u);
    input.setValues(x, u);
    player?.setSteps(steps);
    player?.reset();
    return steps;
  };
  const input = createSequenceInput(frame.doc, options.examples, initial.id, setData);
  frame.body.append(...input.elements, ...view.elements);
  player = frame.animate({
    steps: setData(initial.x, initial.u),
    intervalMs: 900,
    render: view.render,
    status: (p, n) => `Крок ${p} / ${n}`,
    autoplay: flag(params.autoplay, true),
  });
  frame.onDispose(() => input.dispose());
  return { dispose: frame.dispose };
}
