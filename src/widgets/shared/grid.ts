/** A grayscale image or feature map, row-major. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly number[];
}
