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
