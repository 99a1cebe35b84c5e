import type { WidgetRef } from '../model/index.ts';
import type { Placeholder } from './placeholders.ts';

export interface PendingMath {
  readonly token: string;
  readonly tex: string;
  readonly display: boolean;
  /** Deck line of the formula. */
  readonly line: number;
}

/** Per-fragment facts our plugins read from (and write to) `file.data.deck`. */
export interface FragmentData {
  readonly slideIndex: number;
  /** Tokens of the slide's math, classes and errors (see placeholders.ts). */
  readonly placeholders: Map<string, Placeholder>;
  /** Formulas of this fragment, typeset by rehypeMath into `placeholders`. */
  readonly math?: readonly PendingMath[];
  /**
   * Deck source line of each line of the fragment's markdown (index 0 = markdown line 1);
   * absent when messages already carry deck lines.
   */
  readonly lineMap?: readonly number[];
  /**
   * Marker tokens that start a paragraph which is really a marked HTML block
   * (htmlBlocks.ts); rehypeHtmlBlocks unwraps those paragraphs.
   */
  readonly htmlBlocks?: ReadonlySet<string>;
  /** Filled by rehypeWidgets. */
  readonly widgets: WidgetRef[];
}

declare module 'vfile' {
  interface DataMap {
    deck: FragmentData;
  }
}
