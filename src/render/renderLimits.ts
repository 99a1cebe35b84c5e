/**
 * Limits that keep rendering time bounded on pathological input (the markdown parser is
 * superlinear in paragraph length, KaTeX linear but slow on huge formulas). Real slides stay
 * far below them: lecture 5's longest paragraph has ~1,100 characters, its longest formula
 * ~150.
 */
export const MAX_PARAGRAPH = 20_000;
export const MAX_FORMULA = 4_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The length of the longest run of non-blank lines outside fenced code (fenced code is
 * cheap to parse whatever its size).
 */
export function longestParagraph(markdown: string): number {
  let longest = 0;
  let run = 0;
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      run = 0;
      continue;
    }
    run = line.trim() === '' ? 0 : run + line.length + 1;
    if (run > longest) longest = run;
  }
  return longest;
}
