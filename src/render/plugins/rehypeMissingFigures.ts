import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { missingFigurePath } from '../missingFigurePath.ts';
import { PHRASING_PARENTS } from '../phrasing.ts';

export interface MissingFiguresOptions {
  /** Whether a project-root-relative path exists. */
  readonly fileExists: (path: string) => boolean;
}

/**
 * Replaces `<img>` and `<video>` whose local file is missing by a placeholder card
 * (`.figure-missing[data-missing-figure]`: caption or file name, the expected path and a
 * note that the lecturer can add the file) and reports `missing-figure`.
 * The card is a `<figure>`, or a `<span>` where only phrasing content is allowed.
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
      return card(child, missing, phrasing);
    }
    walk(child, phrasing || PHRASING_PARENTS.has(child.tagName), options, file);
    return child;
  }) as typeof parent.children;
}

function card(node: Element, path: string, phrasing: boolean): Element {
  const isVideo = node.tagName === 'video';
  const name = path.split('/').pop() ?? path;
  const caption = String(node.properties.alt ?? node.properties.title ?? '').trim() || name;
  const what = isVideo ? 'Відео відсутнє.' : 'Зображення відсутнє.';
  const part = (className: string, tagName: string, value: string): ElementContent => ({
    type: 'element',
    tagName,
    properties: { className: [className] },
    children: [{ type: 'text', value }],
  });
  return {
    type: 'element',
    tagName: phrasing ? 'span' : 'figure',
    properties: { className: ['figure-missing'], dataMissingFigure: path },
    children: [
      part('figure-missing-caption', 'span', caption),
      part('figure-missing-path', 'code', path),
      part('figure-missing-note', 'span', `${what} Додайте файл ${path} — і воно з'явиться тут.`),
    ],
    ...(node.position ? { position: node.position } : {}),
  };
}
