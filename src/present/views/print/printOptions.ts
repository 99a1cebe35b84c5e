/** What a printed deck contains. */
export interface PrintOptions {
  /** The slide's notes under each slide (A4 portrait pages instead of slide-sized ones). */
  readonly notes: boolean;
  /** `--` steps collapsed to their last step, unnumbered (`count: false`) slides left out. */
  readonly handout: boolean;
}

const flag = (params: URLSearchParams, ...names: string[]): boolean =>
  names.some((name) => {
    const value = params.get(name);
    return value !== null && !/^(0|false|no|ні)$/i.test(value.trim());
  });

/**
 * Reads the print options from the query: `notes` (or `print-notes`) and `handout`; a bare
 * name or any value but 0/false/no switches them on (`?p=lecture5.md&mode=print&notes`).
 */
export function readPrintOptions(search: string): PrintOptions {
  const params = new URLSearchParams(search);
  return {
    notes: flag(params, 'notes', 'print-notes'),
    handout: flag(params, 'handout', 'print-handout'),
  };
}
