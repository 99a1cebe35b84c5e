import { h } from './dom.ts';
import { parseNumbers } from './params.ts';

export interface SequenceForm {
  readonly element: HTMLElement;
  setValues(x: readonly number[], u: readonly number[]): void;
  dispose(): void;
}

/** Two text fields (signal, kernel) applied on Enter or on leaving the field; errors inline. */
export function createSequenceForm(
  doc: Document,
  apply: (x: number[], u: number[]) => string | undefined,
): SequenceForm {
  const xField = h(doc, 'input', { type: 'text', 'data-control': 'x', size: 30 });
  const uField = h(doc, 'input', { type: 'text', 'data-control': 'u', size: 10 });
  const message = h(doc, 'span', { class: 'cw-inline-error', role: 'status' });
  const element = h(
    doc,
    'div',
    { class: 'cw-row cw-form' },
    h(doc, 'label', { class: 'cw-field' }, h(doc, 'span', {}, 'x ='), xField),
    h(doc, 'label', { class: 'cw-field' }, h(doc, 'span', {}, 'u ='), uField),
    message,
  );
  const submit = (): void => {
    const x = parseNumbers(xField.value, 'Сигнал x', 24);
    const u = parseNumbers(uField.value, 'Ядро u', 7);
    let error = !x.ok ? x.error : !u.ok ? u.error : undefined;
    if (error === undefined && x.ok && u.ok) error = apply(x.value, u.value);
    message.textContent = error ?? '';
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') submit();
  };
  for (const field of [xField, uField]) {
    field.addEventListener('change', submit);
    field.addEventListener('keydown', onKey);
  }
  return {
    element,
    setValues(x, u) {
      xField.value = x.join(', ');
      uField.value = u.join(', ');
      message.textContent = '';
    },
    dispose() {
      for (const field of [xField, uField]) {
        field.removeEventListener('change', submit);
        field.removeEventListener('keydown', onKey);
      }
    },
  };
}
