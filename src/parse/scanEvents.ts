/** What the scanner reports, in source order. `line` is the 0-based line in the scanned text. */
export type ScanEvent =
  /** `.a.b[` — a content class opener (matched or not is decided later); `end` is after `[`. */
  | {
      readonly k: 'open';
      readonly pos: number;
      readonly end: number;
      readonly line: number;
    }
  /** A plain `[` that counts for bracket matching. */
  | { readonly k: 'lb'; readonly pos: number; readonly line: number }
  /** A `]` that counts for bracket matching. */
  | { readonly k: 'rb'; readonly pos: number; readonly line: number }
  | {
      readonly k: 'math';
      readonly pos: number;
      readonly end: number;
      readonly line: number;
      readonly display: boolean;
      /** The formula as written between the delimiters (rule 18 not applied yet). */
      readonly body: string;
    }
  | {
      readonly k: 'macro';
      readonly pos: number;
      readonly end: number;
      readonly line: number;
      readonly name: string;
      readonly args: readonly string[];
      readonly target: string;
    }
  /** A line that is exactly `---`, `--`, `???` or `<!-- break -->`. */
  | {
      readonly k: 'sep';
      readonly pos: number;
      readonly line: number;
      readonly mark: '---' | '--' | '???' | 'break';
    }
  /** A link reference definition line `[id]: url "title"`. */
  | {
      readonly k: 'def';
      readonly pos: number;
      readonly line: number;
      readonly id: string;
      readonly url: string;
      readonly title?: string;
    }
  /** Something suspicious; the consumer decides which rules it reports. */
  | {
      readonly k: 'warn';
      readonly pos: number;
      readonly line: number;
      readonly rule: 'unclosed-fence' | 'unclosed-math' | 'separator-trailing-space';
      readonly message: string;
    };
