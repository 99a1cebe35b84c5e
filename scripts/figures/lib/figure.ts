/** One generated file: its path under the repository root and its bytes. */
export interface FigureFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export type FigureSet = () => FigureFile[];
