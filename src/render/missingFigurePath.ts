import type { Element, ElementContent } from 'hast';
import { localPath } from './localPath.ts';

/**
 * The project-relative path of the local file an `<img>` or `<video>` cannot show, or
 * undefined when it can be shown (the file exists, the URL is remote, or a video has at
 * least one usable source).
 */
export function missingFigurePath(
  node: Element,
  fileExists: (path: string) => boolean,
): string | undefined {
  if (node.tagName === 'img') {
    const path = localPath(String(node.properties.src ?? ''));
    return path !== undefined && !fileExists(path) ? path : undefined;
  }
  if (node.tagName !== 'video') return undefined;
  const urls = [node.properties.src, ...sources(node)].filter(
    (u): u is string => typeof u === 'string' && u.trim() !== '',
  );
  if (urls.length === 0) return undefined;
  const paths = urls.map(localPath);
  if (paths.some((p) => p === undefined || fileExists(p))) return undefined;
  return paths[0];
}

function sources(video: Element): unknown[] {
  return video.children
    .filter((c): c is Element => c.type === 'element' && c.tagName === 'source')
    .map((c) => c.properties.src);
}

/**
 * Where a designed stand-in for a missing figure lives, by convention: the same name with
 * `.svg` in a `stand-ins/` folder next to it (`figures/lec5/cat.png` →
 * `figures/lec5/stand-ins/cat.svg`; see scripts/figures/figs/standIns.ts).
 */
export function standInPath(path: string): string {
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash + 1);
  const name = path.slice(slash + 1).replace(/\.[^.]*$/, '');
  return `${dir}stand-ins/${name}.svg`;
}

const part = (className: string, tagName: string, value: string): ElementContent => ({
  type: 'element',
  tagName,
  properties: { className: [className] },
  children: [{ type: 'text', value }],
});

/** The author's description of `node`: its alt text, else its title, else '' (blank = none). */
const captionOf = (node: Element): string => {
  for (const value of [node.properties.alt, node.properties.title]) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text !== '') return text;
  }
  return '';
};

/**
 * What a screen reader announces for a stand-in when the author described nothing: what it
 * is and its name without folder or extension, underscores and dashes read as spaces
 * (`figures/lec5/Nobel_medal.jpg` → «Ілюстрація: Nobel medal (немає у збірці)»).
 */
export function standInAlt(path: string, isVideo: boolean): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const name =
    file
      .replace(/\.[^.]*$/, '')
      .replace(/[_-]+/g, ' ')
      .trim() || file;
  return `${isVideo ? 'Відео' : 'Ілюстрація'}: ${name} (немає у збірці)`;
}

/**
 * What the slide shows for the missing figure `path` (the `<img>`/`<video>` it replaces):
 * `.figure-missing[data-missing-figure]`, a `<figure>`, or a `<span>` where only phrasing
 * content may go. Inside it:
 * - the designed stand-in the audience sees: the generated `stand-ins/<name>.svg` when that
 *   file exists (`img.figure-stand-in`, its alt the author's alt text or title, else
 *   standInAlt: never empty, so a screen reader does not skip the figure), otherwise the
 *   image's alt text or title as text (`.figure-missing-caption`; nothing when it has
 *   neither — the visible card never shows the file name);
 * - the author's note: the expected path and what to do (`.figure-missing-path`,
 *   `.figure-missing-note`), which src/theme/figure.css shows only in the presenter view.
 */
export function missingFigureCard(
  node: Element,
  path: string,
  phrasing: boolean,
  fileExists: (path: string) => boolean,
): Element {
  const isVideo = node.tagName === 'video';
  const caption = captionOf(node);
  const standIn = standInPath(path);
  const hasStandIn = fileExists(standIn);
  const audience: ElementContent[] = [];
  if (hasStandIn) {
    audience.push({
      type: 'element',
      tagName: 'img',
      properties: {
        className: ['figure-stand-in'],
        src: standIn,
        alt: caption !== '' ? caption : standInAlt(path, isVideo),
      },
      children: [],
    });
  } else if (caption !== '') {
    audience.push(part('figure-missing-caption', 'span', caption));
  }
  const what = isVideo ? 'Відео відсутнє.' : 'Зображення відсутнє.';
  return {
    type: 'element',
    tagName: phrasing ? 'span' : 'figure',
    properties: {
      className: hasStandIn ? ['figure-missing', 'figure-missing-stand-in'] : ['figure-missing'],
      dataMissingFigure: path,
    },
    children: [
      ...audience,
      part('figure-missing-path', 'code', path),
      part('figure-missing-note', 'span', `${what} Додайте файл ${path} — і воно з'явиться тут.`),
    ],
    ...(node.position ? { position: node.position } : {}),
  };
}
