import { h, textButton } from './dom.ts';

export interface DigitPicker {
  readonly element: HTMLElement;
  /** Shows `index` (and the count) without firing `onPick`. */
  set(index: number, count: number): void;
  dispose(): void;
}

/**
 * "Цифра № [ ] · Інша цифра": a test digit by index, or the next one of another class.
 * `onPick` gets the index typed; `onOther` asks the caller for another digit.
 */
export function createDigitPicker(
  doc: Document,
  handlers: { readonly onPick: (index: number) => void; readonly onOther: () => void },
): DigitPicker {
  const input = h(doc, 'input', {
    type: 'number',
    min: 0,
    step: 1,
    value: 0,
    class: 'cw-number',
    'data-control': 'digit',
    'aria-label': 'Номер тестової цифри',
  });
  const other = textButton(doc, 'other-digit', 'Інша цифра');
  const element = h(
    doc,
    'span',
    { class: 'cw-field' },
    h(doc, 'span', {}, 'Цифра №'),
    input,
    other,
  );
  const onChange = (): void => {
    const value = Number(input.value);
    if (Number.isInteger(value) && value >= 0) handlers.onPick(value);
  };
  const onOther = (): void => handlers.onOther();
  input.addEventListener('change', onChange);
  other.addEventListener('click', onOther);
  return {
    element,
    set(index, count) {
      input.value = String(index);
      input.max = String(Math.max(0, count - 1));
    },
    dispose() {
      input.removeEventListener('change', onChange);
      other.removeEventListener('click', onOther);
    },
  };
}
