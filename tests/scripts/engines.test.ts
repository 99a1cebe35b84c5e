// `npm install` on the oldest Node that package.json's `engines` accepts prints no EBADENGINE:
// every package the lock installs accepts that Node version too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  readonly version?: string;
  readonly engines?: { readonly node?: string } | readonly string[];
  readonly dev?: boolean;
  readonly optional?: boolean;
}

interface Lock {
  readonly packages: Record<string, LockPackage>;
}

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as Lock;

/** Packages whose `engines.node` does not accept `version`, as `path@version (range)`. */
function refusingPackages(packages: Lock['packages'], version: string): string[] {
  const refusing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '' || entry.engines === undefined || Array.isArray(entry.engines)) continue;
    const range = (entry.engines as { node?: string }).node;
    if (range === undefined) continue;
    if (!semver.satisfies(version, range, { includePrerelease: true })) {
      refusing.push(`${path}@${entry.version ?? '?'} (node ${range})`);
    }
  }
  return refusing;
}

describe('engines', () => {
  const oldest = semver.minVersion(manifest.engines.node);

  it('package.json names a lowest Node version', () => {
    expect(oldest?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('finds a package that refuses the oldest Node (the check can fail)', () => {
    const packages = { 'node_modules/x': { version: '1.0.0', engines: { node: '>=22.12.0' } } };
    expect(refusingPackages(packages, '20.19.0')).toEqual([
      'node_modules/x@1.0.0 (node >=22.12.0)',
    ]);
  });

  it('every locked package accepts the oldest Node that engines allows', () => {
    expect(refusingPackages(lock.packages, oldest?.version ?? '0.0.0')).toEqual([]);
  });
});
