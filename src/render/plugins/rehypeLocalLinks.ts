import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localPath } from '../localPath.ts';

export interface LocalLinksOptions {
  readonly fileExists: (path: string) => boolean;
}

/** Reports `missing-link` for `<a href>` to a local file that does not exist (link kept). */
export function rehypeLocalLinks(options: LocalLinksOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string') return;
      const path = localPath(href);
      if (path === undefined || options.fileExists(path)) return;
      file.message(`Missing linked file: ${path}`, {
        place: node.position,
        ruleId: 'missing-link',
        source: 'deck',
      });
    });
  };
}
