import { describe, expect, it } from 'vitest';
import { withHarnessPage } from '../../scripts/lib/browserBench.ts';

describe('data-parallel training across two Workers (headless chromium)', () => {
  it('learns with two replicas kept in step', { timeout: 240_000 }, async () => {
    const check = await withHarnessPage((page) =>
      page.evaluate(() => window.checkParallel('dense', 2, 1024, 2)),
    );
    expect(check.losses).toHaveLength(2);
    expect(check.losses[1]!).toBeLessThan(check.losses[0]!);
    expect(check.accuracies[1]!).toBeGreaterThan(0.8);
    expect(check.samplesPerSecond).toBeGreaterThan(0);
  });
});
