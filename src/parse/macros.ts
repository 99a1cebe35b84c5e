/** A macro `![:name a, b](target)` returns markdown. */
export type Macro = (args: readonly string[], target: string) => string;

const escapeAttribute = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `![:scale 50%](url)` → an image at that width (remark.js's built-in macro). */
const scale: Macro = (args, target) =>
  `<img src="${escapeAttribute(target)}" style="width: ${escapeAttribute(args[0] ?? '100%')}" />`;

/**
 * `![:run cell-id]` on its own line after a code block → a live-cell widget placeholder that
 * runs that code in TensorFlow.js (cell ids: src/ml/session/cellCatalog.ts; unknown ids are
 * reported by the deck check and shown in place).
 */
const run: Macro = (args) =>
  `<div class="widget live-cell" data-widget="live-cell" data-cell="${escapeAttribute(args[0] ?? '')}"></div>`;

export const BUILT_IN_MACROS: Readonly<Record<string, Macro>> = Object.freeze({ scale, run });
