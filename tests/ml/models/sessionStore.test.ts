import { describe, expect, it } from 'vitest';
import { withHarnessPage } from '../../../scripts/lib/browserBench.ts';

// IndexedDB exists only in the browser: this runs in headless chromium on the harness page.
describe('session models in IndexedDB (headless chromium)', () => {
  it('save, list, load with the same names and weights, remove', { timeout: 180_000 }, async () => {
    const check = await withHarnessPage((page) => page.evaluate(() => window.checkSessionStore()));
    expect(check.listed).toContain('check/dense');
    expect(check.sameNames).toBe(true);
    expect(check.maxDiff).toBe(0);
    expect(check.afterRemove).not.toContain('check/dense');
    expect(check.missing).toBe(true);
  });
});
