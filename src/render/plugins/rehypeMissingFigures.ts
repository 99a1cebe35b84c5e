import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { missingFigureCard, missingFigurePath } from '../missingFigurePath.ts';
import { PHRASING_PARENTS } from '../phrasing.ts';

export interface MissingFiguresOptions {
  /** Whether a project-root-relative path exists. */
  readonly fileExists: (path: string) => boolean;
}

/**
 * Replaces `<img>` and `<video>` whose local file is missing by the card of
 * missingFigureCard (a designed stand-in for the audience, a note for the author) and
 * reports `missing-figure`.
 */
export function rehypeMissingFigures(options: MissingFiguresOptions) {
  return (tree: Root, file: VFile): void => {
    walk(tree, false, options, file);
  };
}

function walk(
  parent: Root | Element,
  phrasing: boolean,
  options: MissingFiguresOptions,
  file: VFile,
) {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    const missing = missingFigurePath(child, options.fileExists);
    if (missing !== undefined) {
      file.message(`Missing figure: ${missing}`, {
        place: child.position,
        ruleId: 'missing-figure',
        source: 'deck',
      });
      return missingFigureCard(child, missing, phrasing, options.fileExists);
    }
    walk(child, phrasing || PHRASING_PARENTS.has(child.tagName), options, file);
    return child;
  }) as typeof parent.children;
}
