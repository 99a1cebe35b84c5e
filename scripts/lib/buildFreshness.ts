// Whether dist/ is older than what it is built from (for scripts that serve the build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a `vite build` reads: a change to any of these makes dist/ stale. */
export const BUILD_INPUTS: readonly string[] = Object.freeze([
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'src',
  'slides',
  'figures',
  'public',
]);

/** The newest modification time (ms) of the files under `path`, or 0 when there are none. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export type BuildState = 'missing' | 'stale' | 'fresh';

/** `missing` without dist/index.html, `stale` when an input changed after it was written. */
export function buildState(root: string, inputs: readonly string[] = BUILD_INPUTS): BuildState {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'missing';
  const builtAt = statSync(built).mtimeMs;
  const changed = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  return changed > builtAt ? 'stale' : 'fresh';
}
