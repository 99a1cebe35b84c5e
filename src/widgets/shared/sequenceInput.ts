import { h, select } from './dom.ts';
import { parseNumbers } from './params.ts';
import { createSequenceForm } from './sequenceForm.ts';

/** A named signal x and kernel u offered in a widget's example list. */
export interface SequenceExample {
  readonly id: string;
  readonly label: string;
  readonly x: readonly number[];
  readonly u: readonly number[];
}

export interface Sequences {
  /** The example's id, or `custom` for numbers typed in (or given as params). */
  readonly id: string;
  readonly x: readonly number[];
  readonly u: readonly number[];
}

/** The sequences a 1D widget starts with: params `x` and `u`, or `example` (default `fallbackId`). */
export function initialSequences(
  params: Readonly<Record<string, string>>,
  examples: readonly SequenceExample[],
  fallbackId: string,
): Sequences | string {
  if (params.x !== undefined || params.u !== undefined) {
    const x = parseNumbers(params.x ?? '', 'Параметр x', 24);
    const u = parseNumbers(params.u ?? '', 'Параметр u', 7);
    if (!x.ok) return x.error;
    if (!u.ok) return u.error;
    if (u.value.length > x.value.length) return 'Ядро u не може бути довшим за сигнал x.';
    return { id: 'custom', x: x.value, u: u.value };
  }
  const id = params.example?.trim() || fallbackId;
  const example = examples.find((e) => e.id === id);
  if (example === undefined) {
    return `Невідомий приклад «${id}»: є ${examples.map((e) => e.id).join(', ')}.`;
  }
  return { id, x: example.x, u: example.u };
}

export interface SequenceInput {
  /** The example row and the x/u fields, in order. */
  readonly elements: readonly HTMLElement[];
  /** Shows the sequences in use in the fields. */
  setValues(x: readonly number[], u: readonly number[]): void;
  dispose(): void;
}

/**
 * "Приклад: [examples | Власні числа]" above the x/u fields: picking an example or typing
 * numbers calls `onData` (a kernel longer than the signal is refused inline).
 */
export function createSequenceInput(
  doc: Document,
  examples: readonly SequenceExample[],
  initialId: string,
  onData: (x: readonly number[], u: readonly number[]) => void,
): SequenceInput {
  const exampleSelect = select(
    doc,
    'Приклад:',
    [...examples.map((e) => [e.id, e.label] as const), ['custom', 'Власні числа']],
    initialId,
    'example',
  );
  const form = createSequenceForm(doc, (x, u) => {
    if (u.length > x.length) return 'Ядро не може бути довшим за сигнал.';
    exampleSelect.input.value = 'custom';
    onData(x, u);
    return undefined;
  });
  const onExample = (): void => {
    const example = examples.find((e) => e.id === exampleSelect.input.value);
    if (example !== undefined) onData(example.x, example.u);
  };
  exampleSelect.input.addEventListener('change', onExample);
  return {
    elements: [h(doc, 'div', { class: 'cw-row' }, exampleSelect.wrapper), form.element],
    setValues: form.setValues,
    dispose() {
      exampleSelect.input.removeEventListener('change', onExample);
      form.dispose();
    },
  };
}
