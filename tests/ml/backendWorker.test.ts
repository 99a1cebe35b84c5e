import { describe, expect, it } from 'vitest';
import { withHarnessPage } from '../../scripts/lib/browserBench.ts';

// The training Worker follows the page's `?backend=` when the train message carries it (the
// optional `backend` field), in headless chromium on the bench harness page.
describe('the backend of the training Worker (headless chromium)', () => {
  it('chooses automatically without a request and follows a forced one', {
    timeout: 300_000,
  }, async () => {
    const [auto, webgl, cpu] = await withHarnessPage(async (page) => [
      await page.evaluate(() => window.checkWorkerBackend()),
      await page.evaluate(() => window.checkWorkerBackend('webgl')),
      await page.evaluate(() => window.checkWorkerBackend('cpu')),
    ]);
    // No GPU here: SwiftShader WebGL is skipped unless forced.
    // The Worker names its backend with the threads that compute (backendTitle).
    expect(auto?.backend).toMatch(/^wasm, \d+ пот/);
    expect(auto?.detail).toMatch(/WebGL програмний/);
    expect(webgl?.backend).toBe('webgl');
    expect(webgl?.detail).toMatch(/SwiftShader/i);
    expect(cpu?.backend).toBe('cpu');
    for (const check of [auto, webgl, cpu]) expect(check?.loss).toBeGreaterThan(0);
  });
});
