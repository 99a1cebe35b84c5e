import { describe, expect, it } from 'vitest';
import type { BrowserBenchRow } from '../../scripts/bench-train/main.ts';
import { withHarnessPage } from '../../scripts/lib/browserBench.ts';

// The threaded wasm build once failed only inside a minified bundle: check the production build.
describe('wasm backend in a production (minified) build, headless chromium', () => {
  it('chooses wasm and trains the convnet', { timeout: 300_000 }, async () => {
    const rows: BrowserBenchRow[] = await withHarnessPage(
      (page) =>
        page.evaluate(() =>
          window.benchTrain({
            backend: 'wasm',
            models: ['convnet'],
            options: {
              dense: {},
              convnet: { batchSize: 32, warmup: 1, timed: 2 },
              convnetNoPool: {},
            },
          }),
        ),
      'production',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.backend).toBe('wasm');
    expect(rows[0]?.samplesPerSecond).toBeGreaterThan(0);
  });
});
