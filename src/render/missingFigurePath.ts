import type { Element } from 'hast';
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
