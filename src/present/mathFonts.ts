/**
 * The KaTeX faces ordinary formulas use: text and operators (Main), variables (Math italic),
 * bold vectors (\mathbf), blackboard letters (AMS) and big operators (Size1, Size2).
 */
export const MATH_FACES: readonly string[] = Object.freeze([
  '1em KaTeX_Main',
  'bold 1em KaTeX_Main',
  'italic 1em KaTeX_Main',
  'italic 1em KaTeX_Math',
  '1em KaTeX_AMS',
  '1em KaTeX_Size1',
  '1em KaTeX_Size2',
]);

/**
 * Loads the math faces ahead (once the math stylesheet is in). A face that arrives while a
 * prepared neighbour slide waits hidden re-lays its text out, and that layout would land in
 * the next key press; loaded ahead, the neighbour is laid out once, in idle time.
 */
export function loadMathFaces(fonts: Pick<FontFaceSet, 'load'>): Promise<void> {
  return Promise.all(MATH_FACES.map((face) => fonts.load(face).catch(() => []))).then(
    () => undefined,
  );
}
