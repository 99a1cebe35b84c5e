import { conv2d, windowAt } from '../../math/conv2d.ts';
import type { Grid } from '../../math/grid.ts';
import { type DigitSet, defaultDigitsUrl, loadDigits } from '../shared/digits.ts';
import { h } from '../shared/dom.ts';
import { flag, mountFrame } from '../shared/frame.ts';
import type { Player } from '../shared/player.ts';
import { attachDrawing, blank, paint } from './drawing.ts';
import { createExplorerForm } from './explorerForm.ts';
import { IMAGE_LABELS, syntheticImage } from './images.ts';
import { createKernelEditor } from './kernelEditor.ts';
import { type KernelPreset, presetKernel } from './kernels.ts';
import { formulaText } from './model.ts';
import { createPanels, type Panels, panel } from './panels.ts';
import { type ExplorerSettings, type InputChoice, parseSettings } from './settings.ts';

/** The convolution explorer: any input, any kernel, stride and padding, step by step. */
export function mount(element: HTMLElement, params: Readonly<Record<string, string>>) {
  const frame = mountFrame(element, { name: 'conv-explorer', label: 'Як працює згортка' });
  const { doc, body } = frame;
  const parsed = parseSettings(params);
  if (!parsed.ok) {
    frame.fail(parsed.error);
    return { dispose: frame.dispose };
  }
  const settings: { -readonly [K in keyof ExplorerSettings]: ExplorerSettings[K] } = {
    ...parsed.value,
  };
  let disposed = false;
  frame.onDispose(() => {
    disposed = true;
  });
  let digits: DigitSet | undefined;
  let digitsLoading: Promise<DigitSet> | undefined;
  let digitIndex = 0;
  let drawn = blank(28, 28);
  let image: Grid = syntheticImage('square');
  let result = conv2d(image, settings.kernel, settings);
  let panels: Panels | undefined;
  let player: Player | undefined;

  const inputTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const outputTitle = h(doc, 'p', { class: 'cw-panel-title' });
  const sourceLine = h(doc, 'p', { class: 'cw-caption cw-source' });
  const formula = h(doc, 'p', { class: 'cw-formula' });
  const sumLine = h(doc, 'p', { class: 'cw-formula cw-sum' });
  const editor = createKernelEditor(doc, (kernel) => {
    settings.kernel = kernel;
    settings.preset = 'custom';
    form.sync(settings);
    update();
  });
  const inputPanel = panel(doc, inputTitle);
  const kernelPanel = panel(
    doc,
    h(doc, 'p', { class: 'cw-panel-title' }, 'Ядро (можна редагувати)'),
    editor.element,
    h(doc, 'p', { class: 'cw-panel-title' }, 'Добутки у вікні'),
  );
  const outputPanel = panel(doc, outputTitle);
  const form = createExplorerForm(doc, {
    input: (choice) => {
      settings.input = choice;
      void chooseInput();
    },
    nextDigit: () => {
      digitIndex = digits ? (digitIndex + 1) % digits.digits.length : 0;
      void chooseInput();
    },
    clear: () => {
      drawn = blank(28, 28);
      image = drawn;
      update();
    },
    preset: (preset: KernelPreset) => {
      settings.preset = preset;
      settings.kernel = presetKernel(preset, settings.kernel.rows);
      update();
    },
    size: (size) => {
      settings.kernel =
        settings.preset === 'custom'
          ? resize(settings.kernel, size)
          : presetKernel(settings.preset, size);
      update();
    },
    stride: (stride) => {
      settings.stride = stride;
      update();
    },
    padding: (padding) => {
      settings.padding = padding;
      update();
    },
  });
  const stage = h(
    doc,
    'div',
    { class: 'cw-stage2d' },
    inputPanel.element,
    kernelPanel.element,
    outputPanel.element,
  );
  body.append(form.element, stage, formula, sumLine, sourceLine);

  const rebuild = (): void => {
    result = conv2d(image, settings.kernel, settings);
    const I = image.rows;
    const O = result.output.rows;
    const { start, end } = result.padding;
    const p = start === end ? `P = ${start}` : `P = ${start} + ${end}`;
    inputTitle.textContent = `Вхід I = ${I}, ${p}`;
    outputTitle.textContent = `Вихід O = ${O} (${O}×${O})`;
    formula.textContent = formulaText(I, settings.kernel.rows, result.padding, settings.stride);
    editor.show(settings.kernel);
    form.sync(settings);
    frame.root.dataset.output = String(O);
    if (panels?.fits(result, settings.kernel)) {
      panels.update(result, settings.kernel);
      return;
    }
    panels = createPanels(
      doc,
      { input: inputPanel.slot, products: kernelPanel.slot, output: outputPanel.slot },
      result,
      settings.kernel,
      sumLine,
    );
  };
  const render = (position: number): void => {
    const O = result.output.cols;
    panels?.render(position, (k) =>
      windowAt(result.padded, settings.kernel, settings.stride, Math.floor(k / O), k % O),
    );
  };
  const steps = () => result.output.rows * result.output.cols;
  const interval = () => (steps() <= 64 ? 800 : Math.max(25, Math.round(20_000 / steps())));
  const update = (): void => {
    rebuild();
    player?.setSteps(steps(), interval());
    if (player) render(player.position);
  };

  const chooseInput = async (): Promise<void> => {
    const choice: InputChoice = settings.input;
    form.showInputExtras(choice);
    if (choice === 'draw') {
      image = drawn;
      sourceLine.textContent = 'Малюйте мишею або пальцем у полі «Вхід».';
    } else if (choice === 'mnist') {
      if (digits === undefined) {
        // Lay out with an empty 28×28 input at once; the digit arrives with the data.
        image = blank(28, 28);
        sourceLine.textContent = 'Завантаження цифр MNIST…';
        update();
        digitsLoading ??= loadDigits(defaultDigitsUrl(import.meta.env.BASE_URL), 20);
        digits = await digitsLoading;
        if (disposed || settings.input !== 'mnist') return;
      }
      const digit = digits.digits[digitIndex] ?? digits.digits[0];
      if (digit) image = digit.grid;
      sourceLine.textContent = `Цифра «${digit?.label ?? '?'}» — ${digits.source}.`;
    } else {
      image = syntheticImage(choice);
      sourceLine.textContent = `Синтетичний вхід: ${IMAGE_LABELS[choice]}.`;
    }
    update();
  };

  void chooseInput();
  player = frame.animate({
    steps: steps(),
    intervalMs: interval(),
    render,
    status: (p, n) => `Крок ${p} / ${n}`,
    autoplay: flag(params.autoplay, steps() <= 64),
  });
  const stopDrawing = attachDrawing(
    inputPanel.slot,
    () => ({ cells: result.padded.cols, offset: result.padding.start, inner: image.cols }),
    (r, c) => {
      if (settings.input !== 'draw') return;
      drawn = paint(drawn, r, c);
      image = drawn;
      update();
    },
  );
  frame.onDispose(() => {
    stopDrawing();
    editor.dispose();
    form.dispose();
  });
  return { dispose: frame.dispose };
}

/** A custom kernel cropped or zero-padded around its centre to `size`. */
function resize(kernel: Grid, size: number): Grid {
  const off = Math.floor((kernel.rows - size) / 2);
  const data = Array.from({ length: size * size }, (_, i) => {
    const r = Math.floor(i / size) + off;
    const c = (i % size) + off;
    return r >= 0 && c >= 0 && r < kernel.rows && c < kernel.cols
      ? (kernel.data[r * kernel.cols + c] ?? 0)
      : 0;
  });
  return { rows: size, cols: size, data };
}
