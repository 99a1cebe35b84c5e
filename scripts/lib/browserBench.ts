import { chromium, type Page } from 'playwright-core';
import type { BrowserBenchRequest, BrowserBenchRow } from '../bench-train/main.ts';
import { buildVite, startVite } from './viteServer.ts';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `page.evaluate` has no timeout of its own. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Opens the harness page (scripts/bench-train/) in headless chromium and runs `body`. */
export async function withHarnessPage<T>(
  body: (page: Page) => Promise<T>,
  mode: 'dev' | 'production' = 'dev',
): Promise<T> {
  const config = 'scripts/bench-train/vite.config.ts';
  if (mode === 'production') await buildVite(config);
  const server = await startVite(config, mode === 'production' ? 'preview' : 'dev');
  try {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.benchTrain === 'function', null, {
        timeout: 120_000,
      });
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
  const server = await startVite('scripts/bench-train/vite.config.ts');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const rows: BrowserBenchRow[] = [];
  try {
    for (const request of requests) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => log(`  page error: ${error.message}`));
      try {
        await page.goto(server.url);
        await page.waitForFunction(() => typeof window.benchTrain === 'function', null, {
          timeout: 120_000,
        });
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
