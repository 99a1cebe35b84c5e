import { describe, expect, it } from 'vitest';
import type { BrowserBenchRow } from '../../scripts/bench-train/main.ts';
import { withHarnessPage } from '../../scripts/lib/browserBench.ts';

// The threaded wasm build once failed only inside a minified bundle (its pthread Workers died
// with "e is not defined": src/build/wasmThreadsPlugin.ts): check the production build, with
// the single-threaded build and with two threads (the harness page is cross-origin isolated).
describe('wasm backend in a production (minified) build, headless chromium', () => {
  it('chooses wasm and trains the convnet, on one thread and on two', {
    timeout: 300_000,
  }, async () => {
    const rows: BrowserBenchRow[] = await withHarnessPage(async (page) => {
      const run = (threads: number) =>
        page.evaluate(
          (t) =>
            window.benchTrain({
              backend: 'wasm',
              threads: t,
              models: ['convnet'],
              options: {
                dense: {},
                convnet: { batchSize: 32, warmup: 1, timed: 2 },
                convnetNoPool: {},
              },
            }),
          threads,
        );
      const one = await run(1);
      // A fresh page: the thread count is fixed when the wasm module starts.
      await page.reload();
      await page.waitForFunction(() => typeof window.benchTrain === 'function');
      return [...one, ...(await run(2))];
    }, 'production');
    expect(rows.map((r) => r.backend)).toEqual(['wasm, 1 потік', 'wasm, 2 потоки']);
    for (const row of rows) expect(row.samplesPerSecond).toBeGreaterThan(0);
  });
});
