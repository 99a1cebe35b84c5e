/**
 * Fenced code as the line-based rewrites of render/ see it (before markdown is parsed): a
 * fence of three or more backticks or tildes, indented at most three spaces, closed by a
 * fence of the same character at least as long. The rewrites leave code alone.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether `line` is a fence (it opens or closes code, depending on where it stands). */
export const isFence = (line: string): boolean => FENCE.test(line);

/** Where a line stands: `open` a fence that starts code, `code` inside it or its closing fence. */
export type FencePlace = 'text' | 'open' | 'code';

/** A reader of one text's lines, called once a line in order; it remembers the open fence. */
export function createFenceReader(): (line: string) => FencePlace {
  let fence: string | undefined;
  return (line) => {
    const mark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      return 'code';
    }
    if (mark === undefined) return 'text';
    fence = mark;
    return 'open';
  };
}
