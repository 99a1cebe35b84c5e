import type { PaddingMode } from '../../math/conv2d.ts';
import { h, select, textButton } from '../shared/dom.ts';
import { IMAGE_LABELS } from './images.ts';
import { KERNEL_LABELS, KERNEL_PRESETS, type KernelPreset } from './kernels.ts';
import { INPUT_CHOICES, type InputChoice, parsePadding } from './settings.ts';

export interface ExplorerFormHandlers {
  input(choice: InputChoice): void;
  nextDigit(): void;
  clear(): void;
  preset(preset: KernelPreset): void;
  size(size: number): void;
  stride(stride: number): void;
  padding(padding: PaddingMode): void;
}

export interface ExplorerForm {
  readonly element: HTMLElement;
  /** Shows the current settings in the controls. */
  sync(settings: {
    readonly input: InputChoice;
    readonly preset: KernelPreset | 'custom';
    readonly kernel: { readonly rows: number };
    readonly stride: number;
    readonly padding: PaddingMode;
  }): void;
  /** Shows "Інша цифра" for MNIST and "Очистити" for drawing. */
  showInputExtras(choice: InputChoice): void;
  dispose(): void;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), String(from + i)] as const);

/** The explorer's settings: input, kernel preset, F, S, P (all real form controls). */
export function createExplorerForm(doc: Document, on: ExplorerFormHandlers): ExplorerForm {
  const input = select(
    doc,
    'Вхід',
    INPUT_CHOICES.map((c) => [c, IMAGE_LABELS[c]] as const),
    'mnist',
    'input',
  );
  const next = textButton(doc, 'next-digit', 'Інша цифра');
  const clear = textButton(doc, 'clear', 'Очистити');
  const preset = select(
    doc,
    'Ядро',
    [...KERNEL_PRESETS, 'custom' as const].map((p) => [p, KERNEL_LABELS[p]] as const),
    'edges',
    'kernel',
  );
  const size = select(doc, 'F', range(1, 7), '3', 'size');
  const stride = select(doc, 'S', range(1, 3), '1', 'stride');
  const padding = select(
    doc,
    'P',
    [['valid', 'valid (0)'], ['same', 'same'], ...range(1, 3)],
    'valid',
    'padding',
  );
  size.input.setAttribute('aria-label', 'Розмір ядра F');
  stride.input.setAttribute('aria-label', 'Крок S');
  padding.input.setAttribute('aria-label', 'Доповнення P');
  const element = h(
    doc,
    'div',
    { class: 'cw-row cw-form' },
    input.wrapper,
    next,
    clear,
    preset.wrapper,
    size.wrapper,
    stride.wrapper,
    padding.wrapper,
  );
  const listeners: [EventTarget, string, () => void][] = [
    [input.input, 'change', () => on.input(input.input.value as InputChoice)],
    [next, 'click', () => on.nextDigit()],
    [clear, 'click', () => on.clear()],
    [
      preset.input,
      'change',
      () => {
        if (preset.input.value !== 'custom') on.preset(preset.input.value as KernelPreset);
      },
    ],
    [size.input, 'change', () => on.size(Number(size.input.value))],
    [stride.input, 'change', () => on.stride(Number(stride.input.value))],
    [
      padding.input,
      'change',
      () => {
        const p = parsePadding(padding.input.value);
        if (p.ok) on.padding(p.value);
      },
    ],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  return {
    element,
    sync(s) {
      input.input.value = s.input;
      preset.input.value = s.preset;
      size.input.value = String(s.kernel.rows);
      stride.input.value = String(s.stride);
      padding.input.value = s.padding === 0 ? 'valid' : String(s.padding);
    },
    showInputExtras(choice) {
      next.hidden = choice !== 'mnist';
      clear.hidden = choice !== 'draw';
    },
    dispose() {
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
    },
  };
}
