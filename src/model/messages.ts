/** A problem found while parsing, rendering or checking a deck. Errors are data, never thrown. */
export type Severity = 'error' | 'warning' | 'info';

export interface DeckMessage {
  readonly severity: Severity;
  /** Stable identifier of the kind of problem, e.g. `katex`, `missing-figure`, `unknown-property`. */
  readonly rule: string;
  readonly message: string;
  /** 0-based index of the slide in the shown slides, when the problem belongs to one. */
  readonly slide?: number;
  /** 1-based source line in the deck file. */
  readonly line?: number;
}
