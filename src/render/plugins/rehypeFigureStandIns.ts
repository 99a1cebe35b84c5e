import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { missingFigurePath } from '../missingFigurePath.ts';
import { PHRASING_PARENTS } from '../phrasing.ts';

/** A live widget shown in place of a figure whose file is missing. */
export interface FigureStandIn {
  readonly widget: string;
  /** Passed as `data-*` attributes (dataset keys, e.g. `batchSize` → `data-batch-size`). */
  readonly params?: Readonly<Record<string, string>>;
  /**
   * Also when the figure exists: the widget is mounted over it and the figure stays inside
   * the placeholder as its fallback (print, previews, before the widget has mounted).
   */
  readonly live?: boolean;
}

export interface FigureStandInsOptions {
  readonly fileExists: (path: string) => boolean;
  /** Project-relative figure path → widget. */
  readonly standIns: Readonly<Record<string, FigureStandIn>>;
}

/**
 * Replaces a missing `<img>`/`<video>` that has a stand-in by that widget's placeholder
 * (`div`/`span.figure-widget[data-widget][data-figure]`, picked up by rehypeWidgets); other
 * missing figures are left to rehypeMissingFigures. Reports `figure-stand-in` (info).
 */
export function rehypeFigureStandIns(options: FigureStandInsOptions) {
  return (tree: Root, file: VFile): void => {
    if (Object.keys(options.standIns).length === 0) return;
    walk(tree, false, options, file);
  };
}

function walk(
  parent: Root | Element,
  phrasing: boolean,
  options: FigureStandInsOptions,
  file: VFile,
): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    const path = missingFigurePath(child, options.fileExists);
    const standIn = path === undefined ? undefined : options.standIns[path];
    if (path !== undefined && standIn !== undefined) {
      file.info(`Missing figure ${path} is shown as the live widget "${standIn.widget}"`, {
        place: child.position,
        ruleId: 'figure-stand-in',
        source: 'deck',
      });
      return placeholder(standIn, path, phrasing, child);
    }
    // Any local figure's path: "missing" when nothing exists.
    const figure = missingFigurePath(child, () => false);
    const live = figure === undefined ? undefined : options.standIns[figure];
    if (figure !== undefined && live?.live === true) {
      return placeholder(live, figure, phrasing, child, [child]);
    }
    walk(child, phrasing || PHRASING_PARENTS.has(child.tagName), options, file);
    return child;
  }) as typeof parent.children;
}

function placeholder(
  standIn: FigureStandIn,
  path: string,
  phrasing: boolean,
  node: Element,
  fallback: Element['children'] = [],
) {
  const properties: Element['properties'] = {
    className: ['figure-widget'],
    dataWidget: standIn.widget,
    dataFigure: path,
  };
  for (const [key, value] of Object.entries(standIn.params ?? {})) {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(key) || key === 'widget' || key === 'widgetId') continue;
    properties[`data${key.charAt(0).toUpperCase()}${key.slice(1)}`] = value;
  }
  const element: Element = {
    type: 'element',
    tagName: phrasing ? 'span' : 'div',
    properties,
    children: fallback,
    ...(node.position ? { position: node.position } : {}),
  };
  return element;
}
