import type { Page } from 'playwright-core';
import type { BrowserBenchRequest, BrowserBenchRow } from '../bench-train/main.ts';
import { launchChromium, withTimeout } from './chromium.ts';
import { buildVite, startVite } from './viteServer.ts';

const CONFIG = 'scripts/bench-train/vite.config.ts';

/** The harness page's dev server (or, for `production`, a preview of its fresh build). */
const startHarness = (mode: 'dev' | 'production') =>
  startVite({
    config: CONFIG,
    mode: mode === 'production' ? 'preview' : 'dev',
    echo: 'all',
    timeoutMs: 60_000,
  });

/** Opens the harness page and waits for its `window.benchTrain`. */
async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.benchTrain === 'function', null, {
    timeout: 120_000,
  });
}

/** Opens the harness page (scripts/bench-train/) in headless chromium and runs `body`. */
export async function withHarnessPage<T>(
  body: (page: Page) => Promise<T>,
  mode: 'dev' | 'production' = 'dev',
): Promise<T> {
  if (mode === 'production') await buildVite(CONFIG);
  const server = await startHarness(mode);
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await openBenchPage(page, server.url);
      return await body(page);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/** Runs each request in a fresh page of headless chromium against the harness page. */
export async function runBrowserBench(
  requests: readonly BrowserBenchRequest[],
  log: (line: string) => void,
  timeoutMs = 300_000,
): Promise<BrowserBenchRow[]> {
  const server = await startHarness('dev');
  const browser = await launchChromium();
  const rows: BrowserBenchRow[] = [];
  try {
    for (const request of requests) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => log(`  page error: ${error.message}`));
      try {
        await openBenchPage(page, server.url);
        const result = await withTimeout(
          page.evaluate((r) => window.benchTrain(r), request),
          timeoutMs,
          `chromium ${request.backend}`,
        );
        for (const row of result)
          log(
            `  chromium ${row.backend} ${row.model}: ${row.samplesPerSecond.toFixed(0)} samples/s`,
          );
        rows.push(...result);
      } catch (error) {
        log(
          `  chromium ${request.backend}: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
