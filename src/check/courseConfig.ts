// The course's settings, shared by every deck: `slides/course.json`, e.g.
//   { "logo": "figures/course-logo.svg" }
// `logo` names an image under figures/ shown top-left on `title-slide` slides (the build adds
// it, src/build/courseLogo.ts; the look is src/theme/logo.css). No file, no `logo` or a bad
// value means no logo: problems are reported (by the build's log and `npm run check`) as
// warnings, never thrown.
import { readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

/** The file's name inside the slides folder. */
export const COURSE_CONFIG_FILE = 'course.json';

export interface CourseConfig {
  /** The logo's path relative to the content root, e.g. `figures/logo.svg`. */
  readonly logo?: string;
}

export interface CourseConfigResult {
  readonly config: CourseConfig;
  /** One sentence each, naming the file (shown as `shownPath`). */
  readonly problems: readonly string[];
}

const KNOWN_KEYS = ['logo'] as const;
const LOGO_FOLDER = 'figures/';
const IMAGE = /\.(?:svg|png|jpe?g|gif|webp|avif)$/i;

export interface CourseConfigOptions {
  /** Whether a content-root-relative path is an existing file. */
  readonly fileExists: (path: string) => boolean;
  /** How to name the file in messages (default `slides/course.json`). */
  readonly shownPath?: string;
}

/** The logo path as a clean `figures/…` path, or why it cannot be one. */
function logoPath(value: string): { path: string } | { problem: string } {
  const raw = value.trim().replace(/\\/g, '/');
  if (raw === '') return { problem: 'is empty' };
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(raw) || raw.startsWith('/')) {
    return { problem: `must be a path under ${LOGO_FOLDER} (not a URL or an absolute path)` };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters
  if (/[\u0000-\u001f\u007f"<>]/.test(raw)) return { problem: 'has characters a path cannot have' };
  const path = posix.normalize(raw);
  if (!path.startsWith(LOGO_FOLDER) || path.split('/').includes('..')) {
    return { problem: `must be a path under ${LOGO_FOLDER}` };
  }
  if (!IMAGE.test(path)) return { problem: 'is not an image (svg, png, jpg, gif, webp, avif)' };
  return { path };
}

/**
 * Reads the course settings from the file's text (`undefined`: there is no file). Unknown
 * keys are reported and ignored; a logo that is not an existing image under figures/ is
 * reported and left out.
 */
export function parseCourseConfig(
  text: string | undefined,
  options: CourseConfigOptions,
): CourseConfigResult {
  const shown = options.shownPath ?? `slides/${COURSE_CONFIG_FILE}`;
  if (text === undefined) return { config: {}, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { config: {}, problems: [`${shown} is not valid JSON (${reason}); it is ignored.`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config: {}, problems: [`${shown} must hold a JSON object; it is ignored.`] };
  }
  const problems: string[] = [];
  for (const key of Object.keys(data)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      problems.push(
        `${shown}: unknown setting ${JSON.stringify(key)} is ignored (known: ${KNOWN_KEYS.join(', ')}).`,
      );
    }
  }
  const logo = (data as { logo?: unknown }).logo;
  if (logo === undefined || logo === null) return { config: {}, problems };
  if (typeof logo !== 'string') {
    problems.push(`${shown}: "logo" must be a path such as "figures/logo.svg"; no logo is shown.`);
    return { config: {}, problems };
  }
  const checked = logoPath(logo);
  if ('problem' in checked) {
    problems.push(
      `${shown}: the logo ${JSON.stringify(logo)} ${checked.problem}; no logo is shown.`,
    );
    return { config: {}, problems };
  }
  let exists: boolean;
  try {
    exists = options.fileExists(checked.path);
  } catch {
    exists = false;
  }
  if (!exists) {
    problems.push(`${shown}: the logo ${checked.path} does not exist; no logo is shown.`);
    return { config: {}, problems };
  }
  return { config: { logo: checked.path }, problems };
}

/**
 * Reads `<contentRoot>/<slidesDir>/course.json` (Node). A missing file is no problem; an
 * unreadable one is reported.
 */
export function readCourseConfig(contentRoot: string, slidesDir = 'slides'): CourseConfigResult {
  const shownPath = posix.join(slidesDir.replace(/\\/g, '/'), COURSE_CONFIG_FILE);
  const root = resolve(contentRoot);
  const fileExists = (path: string): boolean => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
  let text: string | undefined;
  try {
    text = readFileSync(join(root, slidesDir, COURSE_CONFIG_FILE), 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ENOENT') {
      return {
        config: {},
        problems: [`${shownPath} cannot be read (${String(code)}); it is ignored.`],
      };
    }
  }
  return parseCourseConfig(text, { fileExists, shownPath });
}
