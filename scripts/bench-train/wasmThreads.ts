// npx tsx scripts/bench-train/wasmThreads.ts [--rounds N] [--production]
//   tfjs's threaded SIMD wasm build vs its single-threaded SIMD build, in headless chromium on
//   the bench harness page served cross-origin isolated (COOP same-origin + COEP require-corp):
//   each round opens a fresh page per configuration (single-threaded, and threaded asking for 2
//   threads; --all adds 1 and 4) and measures both models' training samples/s (median of timed batches).
//   --production measures the harness's minified build (vite build + preview) instead of dev.
import os from 'node:os';
import { withHarnessPage } from '../lib/browserBench.ts';
import { withTimeout } from '../lib/chromium.ts';
import type { ThreadsBenchRequest, ThreadsBenchRow } from './threads.ts';

declare global {
  interface Window {
    benchWasmThreads(request: ThreadsBenchRequest): Promise<ThreadsBenchRow[]>;
  }
}

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 2;
const mode = args.includes('--production') ? 'production' : 'dev';
const configs = args.includes('--all') ? [0, 1, 2, 4] : [0, 2];

await withHarnessPage(async (first) => {
  const url = first.url();
  const browser = first.context().browser();
  if (browser === null) throw new Error('no browser');
  for (let r = 1; r <= rounds; r += 1) {
    for (const threads of configs) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (m.text().startsWith('threads:')) console.log(`  ${m.text()}`);
      });
      page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
      try {
        await page.goto(url);
        await page.waitForFunction(() => typeof window.benchWasmThreads === 'function');
        const load = os.loadavg()[0]!.toFixed(1);
        const rows = await withTimeout(
          page.evaluate((request) => window.benchWasmThreads(request), {
            threads,
            models: ['convnet', 'dense'],
            options: { warmup: 3, timed: 8 },
          } as const),
          300_000,
          `threads ${threads}`,
        );
        for (const row of rows) {
          console.log(
            `round ${r} load ${load} | ${threads === 0 ? 'single-threaded build' : `threaded build, asked ${threads}`}` +
              ` (isolated ${row.isolated}, XNNPACK threads ${row.threads}) | ${row.model} ${row.samplesPerSecond.toFixed(0)} samples/s`,
          );
        }
      } catch (error) {
        console.log(
          `round ${r} threads ${threads}: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        await page.close();
      }
    }
  }
}, mode);
