import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import type { FragmentData } from '../../../src/render/renderContext.ts';

type Transform = (tree: Root, file: VFile) => unknown;

/** Runs one plugin's transform over an HTML fragment; returns HTML, messages and data. */
export function runPlugin(transform: Transform, html: string, data?: Partial<FragmentData>) {
  const deck: FragmentData = { slideIndex: 3, placeholders: new Map(), widgets: [], ...data };
  const file = new VFile({ data: { deck } });
  const tree = fromHtml(html, { fragment: true });
  const result = (transform(tree, file) as Root | undefined) ?? tree;
  return { html: toHtml(result), messages: file.messages, data: deck };
}
