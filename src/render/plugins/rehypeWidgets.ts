import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { WidgetRef } from '../../model/index.ts';
import '../renderContext.ts';

/**
 * Finds widget placeholders (`data-widget="name"`), gives each a `data-widget-id` unique in
 * the slide (`w<slide>-<n>` unless the author set one) and records them in
 * `file.data.deck.widgets` with their other `data-*` attributes as params (dataset keys).
 */
export function rehypeWidgets() {
  return (tree: Root, file: VFile): void => {
    const data = file.data.deck;
    if (!data) return;
    const taken = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const name = node.properties.dataWidget;
      if (typeof name !== 'string' || name.trim() === '') return;
      let id = node.properties.dataWidgetId;
      if (typeof id !== 'string' || id === '' || taken.has(id)) {
        let n = data.widgets.length;
        do id = `w${data.slideIndex}-${n++}`;
        while (taken.has(id));
        node.properties.dataWidgetId = id;
      }
      taken.add(id);
      data.widgets.push(widgetRef(node, name.trim(), id));
    });
  };
}

function widgetRef(node: Element, name: string, id: string): WidgetRef {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (!/^data[A-Z]/.test(key) || key === 'dataWidget' || key === 'dataWidgetId') continue;
    const datasetKey = key.charAt(4).toLowerCase() + key.slice(5);
    params[datasetKey] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  return { name, id, params };
}
