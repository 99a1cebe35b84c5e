/** One dimension of a Keras shape: a size, or `null` for Python's `None` (the batch axis). */
export type Dim = number | null;
export type Shape = readonly Dim[];

/** What `summary()` prints for one layer. */
export interface LayerDescription {
  readonly name: string;
  /** Keras class name, e.g. `Conv2D`, `MaxPooling2D`, `InputLayer`. */
  readonly className: string;
  /** A single shape, or a list of shapes (Keras prints InputLayer's as `[(None, 28, 28, 1)]`). */
  readonly outputShape: Shape | { readonly list: readonly Shape[] };
  readonly params: number;
}

/** A plain description of a model: everything `summary()` needs, no tfjs objects. */
export interface ModelDescription {
  readonly name: string;
  readonly layers: readonly LayerDescription[];
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  /** Bytes per parameter for the memory sizes (float32: 4). */
  readonly bytesPerParam?: number;
}
