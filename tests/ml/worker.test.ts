import { describe, expect, it } from 'vitest';
import { withHarnessPage } from '../../scripts/lib/browserBench.ts';

// Workers exist only in the browser: this runs in headless chromium on the harness page.
describe('training in a Worker (headless chromium)', () => {
  it('trains off the main thread, returns the model, and can be cancelled', {
    timeout: 240_000,
  }, async () => {
    const check = await withHarnessPage((page) =>
      page.evaluate(() => window.checkWorkerTraining()),
    );
    expect(check.backend).toMatch(/^wasm, \d+ пот/);
    expect(check.dataName).toMatch(/MNIST/);
    expect(check.trainCount).toBe(1024);
    expect(check.epochs).toEqual([0, 1]);
    expect(check.batches).toBeGreaterThanOrEqual(2);
    expect(check.testAccuracy).toBeGreaterThan(0.8);
    expect(check.layerNames).toEqual(['dense', 'dense_1']);
    expect(check.predictedRows).toBe(2);
    expect(check.cancelled).toBe('AbortError');
  });
});
