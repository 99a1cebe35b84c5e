/** A widget that replaces a figure (video/GIF) when the file is missing. */
export interface FigureStandIn {
  readonly widget: string;
  readonly params?: Readonly<Record<string, string>>;
  /** Mounted over the figure even when it exists; the figure stays as the fallback. */
  readonly live?: boolean;
}

/**
 * Figure paths (as the slides write them, project-relative) → the live widget standing in for
 * them. The renderer emits the widget placeholder instead of the missing-figure card.
 */
export const figureStandIns: Readonly<Record<string, FigureStandIn>> = Object.freeze({
  // Generated figures with a live version drawn from the loaded data.
  'figures/lec5/mnist-samples.svg': { widget: 'mnist-samples', live: true },
  'figures/lec5/pixel-values.svg': { widget: 'pixel-values', live: true },
  'figures/lec5/pixels-to-neurons.mp4': { widget: 'pixels-to-neurons' },
  'figures/lec5/1d-conv.gif': { widget: 'conv1d', params: { example: '1' } },
  // A 3×3 kernel over a small numeric input, products and sums shown (the lecture's 0..15 ⊛ 0..8).
  'figures/lec5/2Dconv.mp4': {
    widget: 'conv-explorer',
    params: { input: 'ramp4', kernel: 'ramp', size: '3', stride: '1', padding: 'valid' },
  },
  // The same with padding and stride: a 5×5 input, P = 1, S = 2.
  'figures/lec5/2Dconv2.mp4': {
    widget: 'conv-explorer',
    params: { input: 'grid5', kernel: 'edges', size: '3', stride: '2', padding: '1' },
  },
  'figures/lec5/maxPooling.mp4': { widget: 'max-pooling', params: { input: '8' } },
  'figures/lec5/FLATTEN.mp4': { widget: 'flatten' },
  // The digit moves and a first-layer feature map of the trained convnet moves with it.
  'figures/lec5/atrans.gif': { widget: 'equivariance' },
});

/**
 * How a slide shown as a still picture (the presenter's next-slide preview) shows a widget:
 * no widget code runs there, so each widget says what stands for it.
 */
export interface WidgetStill {
  /** What the widget shows, in the audience's language: the stand-in card's title. */
  readonly title: string;
  /**
   * `as-written`: the slide without the widget is its still (a live cell adds a run bar and a
   * live-output panel to the author's code block and recorded output, which show as
   * written). `stand-in`: no still form; a card in the slide's colours takes the widget's
   * place. A placeholder that holds markup of its own (a live figure's picture) always shows
   * it as written.
   */
  readonly form: 'as-written' | 'stand-in';
  /** The live widget's height in the 908×681 slide box, so the stand-in takes its room. */
  readonly height?: number;
}

/** Widget names → their still form (heights measured in lecture 5, content width 796px). */
export const widgetStills: Readonly<Record<string, WidgetStill>> = Object.freeze({
  'live-cell': { title: 'Жива комірка', form: 'as-written' },
  'mnist-samples': { title: 'Зразки MNIST', form: 'stand-in', height: 350 },
  'pixel-values': { title: 'Значення пікселів', form: 'stand-in', height: 550 },
  'pixels-to-neurons': { title: 'Пікселі → вхідні нейрони', form: 'stand-in', height: 600 },
  'draw-digit': { title: 'Намалюйте цифру', form: 'stand-in', height: 320 },
  'conv-vs-corr': { title: 'Згортка і кореляція', form: 'stand-in', height: 500 },
  conv1d: { title: 'Одновимірна згортка', form: 'stand-in', height: 370 },
  'conv-explorer': { title: 'Двовимірна згортка', form: 'stand-in', height: 500 },
  equivariance: { title: 'Еквіваріантність до зсуву', form: 'stand-in', height: 300 },
  invariance: { title: 'Інваріантність до зсуву', form: 'stand-in', height: 400 },
  'feature-maps': { title: 'Карти ознак', form: 'stand-in', height: 480 },
  'max-pooling': { title: 'Максимізаційне агрегування', form: 'stand-in', height: 530 },
  flatten: { title: 'Вирівнювання (Flatten)', form: 'stand-in', height: 450 },
  'demo-prep': { title: 'Підготовка демонстрацій', form: 'stand-in' },
});

const UNKNOWN_STILL: WidgetStill = Object.freeze({ title: 'Жива демонстрація', form: 'stand-in' });

/** The still form of widget `name` (a generic stand-in for names not in the table). */
export function widgetStill(name: string): WidgetStill {
  return Object.hasOwn(widgetStills, name) ? (widgetStills[name] ?? UNKNOWN_STILL) : UNKNOWN_STILL;
}
