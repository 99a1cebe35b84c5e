import type { Grid } from '../../math/grid.ts';
import { fmt, h } from '../shared/dom.ts';

export interface KernelEditor {
  readonly element: HTMLElement;
  /** Shows a kernel (replacing the fields when the size changes). */
  show(kernel: Grid): void;
  dispose(): void;
}

/** F×F text fields for the kernel weights; a valid edit calls `onEdit` with the new kernel. */
export function createKernelEditor(doc: Document, onEdit: (kernel: Grid) => void): KernelEditor {
  const element = h(doc, 'div', { class: 'cw-kernel-editor', role: 'group' });
  element.setAttribute('aria-label', 'Ваги ядра');
  let fields: HTMLInputElement[] = [];
  let size = 0;
  const onInput = (event: Event): void => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement)) return;
    const values = fields.map((f) => Number(f.value.replace('−', '-').replace(',', '.')));
    const valid = values.map(
      (v, i) => (fields[i]?.value.trim() ?? '') !== '' && Number.isFinite(v),
    );
    fields.forEach((f, i) => {
      f.classList.toggle('cw-invalid', !valid[i]);
    });
    if (valid.every(Boolean)) onEdit({ rows: size, cols: size, data: values });
  };
  element.addEventListener('input', onInput);
  return {
    element,
    show(kernel) {
      if (kernel.rows !== size) {
        size = kernel.rows;
        fields = kernel.data.map((_, i) =>
          h(doc, 'input', {
            type: 'text',
            inputmode: 'decimal',
            class: 'cw-weight',
            'data-control': `weight-${i}`,
            'aria-label': `Вага (${Math.floor(i / size) + 1}, ${(i % size) + 1})`,
          }),
        );
        element.style.setProperty('--k', String(size));
        element.classList.toggle('cw-kernel-big', size >= 5);
        element.replaceChildren(...fields);
      }
      kernel.data.forEach((v, i) => {
        const field = fields[i];
        // Never rewrite the field being typed in ("0." would become "0").
        if (field === undefined || field === doc.activeElement) return;
        field.value = fmt(v, 3);
        field.classList.remove('cw-invalid');
      });
    },
    dispose() {
      element.removeEventListener('input', onInput);
    },
  };
}
