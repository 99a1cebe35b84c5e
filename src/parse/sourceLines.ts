/** Line bookkeeping for a text: where each line starts and ends (without its `\n`). */
export interface SourceLines {
  readonly text: string;
  readonly starts: readonly number[];
  readonly count: number;
  /** Offset just past the last character of line `i` (before its `\n`). */
  end(i: number): number;
  /** The 0-based line that holds `pos` (binary search). */
  lineOf(pos: number): number;
  /** Line `i` without its newline. */
  line(i: number): string;
}

export function sourceLines(text: string): SourceLines {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const count = starts.length;
  const end = (i: number): number => (i + 1 < count ? starts[i + 1]! - 1 : text.length);
  return {
    text,
    starts,
    count,
    end,
    lineOf(pos: number): number {
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    line: (i: number): string => text.slice(starts[i]!, end(i)),
  };
}
