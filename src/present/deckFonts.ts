/** Latin and Cyrillic letters: loads both subsets of a face split by `unicode-range`. */
const SAMPLE = 'Aa Яя';

/** The regular and bold text faces (index.html preloads their files). */
export const FIRST_FACES: readonly string[] = Object.freeze([
  '1em "Source Sans 3"',
  'bold 1em "Source Sans 3"',
]);

/**
 * Starts the first slide's faces while the deck module loads. The preloaded files alone do
 * not make a face usable: without this, the first layout finds the faces still loading, lays
 * the slide out in a fallback font (a system font lookup), and again when they arrive.
 */
export function startFirstFaces(fonts: Pick<FontFaceSet, 'load'>): void {
  for (const face of FIRST_FACES) void fonts.load(face, SAMPLE).catch(() => []);
}

/**
 * Text faces the first slide may not have used: italics and the code font (the first slide's
 * regular and bold faces are preloaded by index.html).
 */
export const TEXT_FACES: readonly string[] = Object.freeze([
  'italic 1em "Source Sans 3"',
  'italic bold 1em "Source Sans 3"',
  '1em "Ubuntu Mono"',
]);

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
 * Loads the deck's faces ahead, after the first slide (`faces`: TEXT_FACES, plus MATH_FACES
 * once the math stylesheet is in). A face that arrives while a prepared neighbour slide waits
 * hidden makes the browser restyle and re-lay out its text, and that work would land in the
 * next key press; loaded ahead, each slide is laid out once, in idle time. One face at a
 * time: the browser's few connections stay free for what the lecturer opens next (a widget's
 * code and data).
 */
export async function loadFaces(
  fonts: Pick<FontFaceSet, 'load'>,
  faces: readonly string[],
): Promise<void> {
  for (const face of faces) await fonts.load(face, SAMPLE).catch(() => []);
}
