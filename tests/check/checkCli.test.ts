import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/check');

function run(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/check.ts'), ...args],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

// Each run starts Node with tsx: slow on a busy machine, hence the generous timeouts.
describe('scripts/check.ts', { timeout: 120_000 }, () => {
  it('exits 1 on errors and prints the slide number and line', () => {
    const { status, out } = run(join(fixtures, 'katex-error.md'));
    expect(status).toBe(1);
    expect(out).toContain('slide 2');
    expect(out).toMatch(/line 7 +error +katex/);
  });

  it('exits 0 with warnings only, 1 with --strict', () => {
    const deck = join(fixtures, 'unknown-property.md');
    expect(run(deck).status).toBe(0);
    expect(run('--strict', deck).status).toBe(1);
  });

  it('exits 2 when a deck cannot be read', () => {
    expect(run(join(fixtures, 'no-such-deck.md')).status).toBe(2);
  });

  it("checks a folder with the build's rule: Unicode names in, the rest named as skipped", () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-folder-'));
    try {
      writeFileSync(join(dir, "Лекція об'єкти.md"), '# Так\n');
      writeFileSync(join(dir, `${'a'.repeat(247)}.md`), '# long\n');
      mkdirSync(join(dir, 'd.md'));
      const { status, out, err } = run(dir);
      expect(status).toBe(0);
      expect(out).toContain("Лекція об'єкти.md");
      expect(err).toContain('d.md is not used as a deck: it is a directory.');
      expect(err).toMatch(/a{247}\.md is not used as a deck: the name is 250 bytes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
