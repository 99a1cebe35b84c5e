import { localPath } from './localPath.ts';

export interface SlideStyle {
  /** Inline CSS, e.g. `background-image: url("figures/x.jpg"); background-size: cover`. */
  readonly style: string;
  /** Human-readable problems (missing background image, unsafe values). */
  readonly problems: readonly { readonly rule: string; readonly message: string }[];
}

const PLAIN_PROPERTIES = ['background-color', 'background-size', 'background-position'] as const;
/** Colours, keywords, lengths, percentages, commas and simple functions like rgb(). */
const PLAIN_VALUE = /^[-#%.,()\w\s/]+$/;
const URL_VALUE = /^url\(\s*(?:"([^"]*)"|'([^']*)'|([^'"()\s]*))\s*\)$/i;
const SAFE_URL = /^(?:https?:\/\/|data:image\/)/i;

/**
 * Builds the slide's inline style from its background-* properties. Only `url(...)` of a
 * safe path and plain values pass; a background image whose local file is missing is
 * dropped and reported.
 */
export function slideStyle(
  properties: Readonly<Record<string, string>>,
  fileExists: (path: string) => boolean,
): SlideStyle {
  const declarations: string[] = [];
  const problems: { rule: string; message: string }[] = [];
  const image = properties['background-image']?.trim();
  if (image) {
    const match = URL_VALUE.exec(image);
    const url = match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
    const path = url === undefined ? undefined : localPath(url);
    if (url === undefined || !(path !== undefined || SAFE_URL.test(url)) || /[\\"\n]/.test(url)) {
      problems.push({ rule: 'unsafe-style', message: `Ignored background-image: ${image}` });
    } else if (path !== undefined && !fileExists(path)) {
      problems.push({
        rule: 'missing-figure',
        message: `Missing background image: ${path}`,
      });
    } else {
      declarations.push(`background-image: url("${url}")`);
    }
  }
  for (const key of PLAIN_PROPERTIES) {
    const value = properties[key]?.trim();
    if (!value) continue;
    if (PLAIN_VALUE.test(value) && !/url\s*\(|expression\s*\(/i.test(value)) {
      declarations.push(`${key}: ${value}`);
    } else {
      problems.push({ rule: 'unsafe-style', message: `Ignored ${key}: ${value}` });
    }
  }
  return { style: declarations.join('; '), problems };
}
